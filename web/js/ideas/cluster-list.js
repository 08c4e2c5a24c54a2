// The clusters in the drawer: each with its notes and buttons to show, rename, merge, split
// and delete it (mixed into the BoardView).

import { t, plural } from '../core/i18n.js';
import { notesIn } from './ideas-state.js';
import { el, short } from './note-element.js';

export class ClusterList {
  // ---- clusters ----

  renderClusters(v, facilitator) {
    const items = [];
    for (const c of v.clusters.values()) {
      const li = el('li', `cluster${c.pending ? ' cluster--pending' : ''}`);
      li.dataset.id = c.id;
      const head = el('div', 'cluster__head');
      const label = el('span', 'cluster__label', c.label);
      const notes = notesIn(v, c.id);
      const count = el('span', 'cluster__count', plural('cluster.count', notes.length, { count: notes.length }));
      head.append(label, count);
      const buttons = el('div', 'cluster__buttons');
      const show = el('button', 'btn btn--small cluster__show', t('cluster.show'));
      show.type = 'button';
      show.setAttribute('aria-label', t('cluster.show.label', { label: short(c.label, 40) }));
      show.disabled = !notes.length;
      const rename = el('button', 'btn btn--small cluster__rename', t('cluster.rename'));
      rename.type = 'button';
      rename.setAttribute('aria-label', t('cluster.rename.label', { label: short(c.label, 40) }));
      const merge = el('button', 'btn btn--small cluster__merge', t('cluster.merge'));
      merge.type = 'button';
      merge.setAttribute('aria-label', t('cluster.merge.label', { label: short(c.label, 40) }));
      merge.disabled = v.clusters.size < 2 || !!c.pending;
      buttons.append(show, rename, merge);
      if (facilitator) {
        const del = el('button', 'btn btn--small btn--danger cluster__delete', t('cluster.delete'));
        del.type = 'button';
        del.setAttribute('aria-label', t('cluster.delete.label', { label: short(c.label, 40) }));
        buttons.append(del);
      }
      li.append(head, buttons);
      if (notes.length) {
        const ul = el('ul', 'cluster__notes');
        ul.setAttribute('aria-label', t('cluster.notes', { label: short(c.label, 40) }));
        for (const n of notes) ul.append(el('li', '', short(n.text, 80)));
        li.append(ul);
      }
      items.push(li);
    }
    // Keep focus on a cluster button across re-renders.
    const active = this.doc.activeElement;
    const focusKey = active && this.clusterList.contains(active) && active.closest('.cluster')
      ? { id: active.closest('.cluster').dataset.id, cls: [...active.classList].find((c) => c.startsWith('cluster__')) }
      : null;
    this.clusterList.replaceChildren(...items);
    this.clusterNone.hidden = items.length > 0;
    if (focusKey) {
      const li = [...this.clusterList.children].find((x) => x.dataset.id === focusKey.id);
      const b = li && li.querySelector(`.${focusKey.cls}`);
      if (b) b.focus();
    }
  }

  onClusterClick(e) {
    const btn = e.target.closest('button');
    const li = e.target.closest('.cluster');
    if (!btn || !li) return;
    if (btn.classList.contains('cluster__rename')) this.h.renameCluster(li.dataset.id);
    else if (btn.classList.contains('cluster__delete')) this.h.deleteCluster(li.dataset.id);
    else if (btn.classList.contains('cluster__show')) this.h.showCluster(li.dataset.id);
    else if (btn.classList.contains('cluster__merge')) this.h.mergeCluster(li.dataset.id, btn);
  }

  focusCluster(id, cls = 'cluster__rename') {
    const li = [...this.clusterList.children].find((x) => x.dataset.id === id);
    const b = li && li.querySelector(`.${cls}`);
    if (b) b.focus();
    return !!b;
  }

}
