// A small pop-up list of choices next to a note (its colour, its cluster): a labelled group of
// buttons, opened from the note's menu or a key, closed by a choice, Escape, or a click
// elsewhere; focus goes back to where it came from. Arrow keys move between the choices.

export class Picker {
  constructor(doc) {
    this.doc = doc;
    this.el = doc.createElement('div');
    this.el.className = 'picker';
    this.el.id = 'note-picker';
    this.el.setAttribute('role', 'group');
    this.el.hidden = true;
    doc.body.append(this.el);
    this.back = null;
    this.el.addEventListener('keydown', (e) => this.onKey(e));
    doc.addEventListener('pointerdown', (e) => {
      if (!this.el.hidden && !this.el.contains(e.target)) this.close(false);
    }, true);
  }

  /**
   * Opens next to anchor. items: [{value, label, swatch?, current?}]; pick(value) is called
   * with the chosen value.
   */
  open(anchor, title, items, pick) {
    this.back = this.doc.activeElement;
    this.el.setAttribute('aria-label', title);
    const buttons = items.map((it) => {
      const b = this.doc.createElement('button');
      b.type = 'button';
      b.className = `picker__item${it.swatch ? ` picker__item--swatch note--${it.swatch}` : ''}`;
      b.textContent = it.label;
      if (it.current) b.setAttribute('aria-current', 'true');
      b.addEventListener('click', () => {
        this.close(true);
        pick(it.value);
      });
      return b;
    });
    const head = this.doc.createElement('p');
    head.className = 'picker__title';
    head.textContent = title;
    this.el.replaceChildren(head, ...buttons);
    this.el.hidden = false;
    const r = anchor.getBoundingClientRect();
    const w = this.el.offsetWidth;
    const h = this.el.offsetHeight;
    const left = Math.max(4, Math.min(r.left, window.innerWidth - w - 4));
    const below = r.bottom + 4 + h < window.innerHeight;
    this.el.style.left = `${left + window.scrollX}px`;
    this.el.style.top = `${(below ? r.bottom + 4 : Math.max(4, r.top - h - 4)) + window.scrollY}px`;
    (buttons.find((b) => b.hasAttribute('aria-current')) || buttons[0]).focus();
  }

  close(picked) {
    if (this.el.hidden) return;
    this.el.hidden = true;
    if (!picked && this.back && this.back.isConnected) this.back.focus();
  }

  onKey(e) {
    const items = [...this.el.querySelectorAll('button')];
    const i = items.indexOf(this.doc.activeElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.close(false);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowRight') {
      e.preventDefault();
      items[(i + 1) % items.length].focus();
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') {
      e.preventDefault();
      items[(i - 1 + items.length) % items.length].focus();
    } else if (e.key === 'Tab') {
      this.close(false);
    }
  }
}
