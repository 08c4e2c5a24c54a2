// Merging and splitting clusters and the names switch (docs/PROTOCOL.md I1-I3), each through
// the board's writer as one op. Merge: choose the cluster to merge into, confirm, the notes
// move there and the other cluster goes (undo brings it back). Split: the selected notes of
// one cluster become a new cluster with the name asked for. Names: the facilitator's switch.

import { t } from '../core/i18n.js';
import { limits } from '../core/limits.js';
import { confirmDialog, promptDialog } from '../core/dialogs.js';
import { short } from './note-element.js';

/** The one cluster every note of `ids` is in, or null (a loose note, or two clusters). */
export function commonCluster(v, ids) {
  let cluster = null;
  for (const id of ids) {
    const n = v.notes.get(id);
    if (!n || !n.clusterId || n.pending || (cluster && cluster !== n.clusterId)) return null;
    cluster = n.clusterId;
  }
  return cluster;
}

export function clusterActions({ sync, view, gate, picker, realId, announce, alert }) {
  function merge(id, anchor) {
    const v = sync.view();
    const from = v.clusters.get(realId(id));
    if (!from || gate.blocked('cluster.merge')) return;
    const items = [];
    for (const c of v.clusters.values()) if (c.id !== from.id && !c.pending) items.push({ value: c.id, label: short(c.label, 40) });
    if (!items.length) return;
    picker.open(anchor, t('pick.merge', { label: short(from.label, 40) }), items, async (intoId) => {
      const into = sync.view().clusters.get(intoId);
      if (!into) return;
      const ok = await confirmDialog(t('cluster.merge.confirm', { from: short(from.label, 60), into: short(into.label, 60) }),
        t('cluster.merge.yes'));
      if (ok) {
        sync.queue({ type: 'cluster.merge', clusterId: realId(from.id), intoId: realId(into.id) });
        view.focusCluster(realId(into.id), 'cluster__merge');
      } else {
        view.focusCluster(realId(from.id), 'cluster__merge');
      }
    });
  }

  async function split() {
    if (gate.blocked('cluster.split')) return;
    const v = sync.view();
    const ids = [...view.selected].filter((id) => v.notes.has(id));
    const from = ids.length ? commonCluster(v, ids) : null;
    if (!from) {
      alert(t('split.bad'));
      return;
    }
    const label = await promptDialog({
      title: t('split.h2'), label: t('split.field'), value: '', max: limits.labelChars, emptyMessage: t('cluster.empty'),
    });
    if (label === null) return;
    const first = v.notes.get(ids[0]);
    sync.queue({ type: 'cluster.split', noteIds: ids.map((id) => realId(id)), label, x: first.x, y: first.y });
    view.focusNote(ids[0]);
  }

  function toggleNames() {
    if (gate.blocked('board.names')) return;
    const shown = !sync.view().namesShown;
    sync.queue({ type: 'board.names', shown });
  }

  return { merge, split, toggleNames };
}
