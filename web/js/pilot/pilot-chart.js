// One indicator as an accessible SVG chart (baseline, target, test, control and whole-pilot
// lines), with a text summary and the same data as a table. Text is set with textContent.
import { lang } from '../core/i18n.js';
import { pt, num } from './strings.js';

const NS = 'http://www.w3.org/2000/svg';
const W = 640;
const H = 300;
const PAD = { l: 56, r: 16, t: 16, b: 36 };
let seq = 0;

function svg(tag, attrs, parent) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (parent) parent.appendChild(e);
  return e;
}

function el(tag, text, parent) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (parent) parent.appendChild(e);
  return e;
}

/** Builds the figure for a gain and its indicator block from GET /api/pilots/:id. */
export function indicatorFigure(gain, indicator) {
  const id = `chart-${++seq}`;
  const ms = indicator.measurements;
  const fig = document.createElement('figure');
  fig.className = 'pilot-figure';
  const days = (d) => Date.parse(`${d}T00:00:00Z`) / 86400000;
  const xs = [days(gain.baselineDate), days(gain.targetDate), ...ms.map((m) => days(m.date))];
  const ys = [gain.baseline, gain.target, ...ms.map((m) => m.value)];
  let [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  let [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  if (x1 === x0) x1 = x0 + 1;
  if (y1 === y0) { y0 -= 1; y1 += 1; }
  const pad = (y1 - y0) * 0.1;
  y0 -= pad; y1 += pad;
  const X = (d) => PAD.l + ((d - x0) / (x1 - x0)) * (W - PAD.l - PAD.r);
  const Y = (v) => H - PAD.b - ((v - y0) / (y1 - y0)) * (H - PAD.t - PAD.b);

  const s = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'pilot-chart', role: 'img', 'aria-labelledby': `${id}-t ${id}-d` });
  svg('title', { id: `${id}-t` }, s).textContent = pt('chart.title', { name: gain.indicator });
  svg('desc', { id: `${id}-d` }, s).textContent = pt('chart.desc', {
    baseline: num(gain.baseline), target: num(gain.target), date: gain.targetDate, count: ms.length,
  });
  svg('line', { x1: PAD.l, y1: H - PAD.b, x2: W - PAD.r, y2: H - PAD.b, stroke: '#222' }, s);
  svg('line', { x1: PAD.l, y1: PAD.t, x2: PAD.l, y2: H - PAD.b, stroke: '#222' }, s);
  for (const v of [y0 + pad, y1 - pad]) {
    svg('text', { x: PAD.l - 6, y: Y(v) + 4, 'text-anchor': 'end' }, s).textContent = num(v);
  }
  svg('text', { x: PAD.l, y: H - 10 }, s).textContent = gain.baselineDate;
  svg('text', { x: W - PAD.r, y: H - 10, 'text-anchor': 'end' }, s).textContent = gain.targetDate;
  svg('line', { class: 'ln-baseline', x1: PAD.l, x2: W - PAD.r, y1: Y(gain.baseline), y2: Y(gain.baseline), 'data-line': 'baseline' }, s);
  svg('line', { class: 'ln-target', x1: PAD.l, x2: W - PAD.r, y1: Y(gain.target), y2: Y(gain.target), 'data-line': 'target' }, s);
  for (const group of ['all', 'test', 'control']) {
    const pts = ms.filter((m) => m.group === group).sort((a, b) => (a.date < b.date ? -1 : 1));
    if (!pts.length) continue;
    svg('polyline', { class: `ln-${group}`, 'data-line': group, points: pts.map((m) => `${X(days(m.date))},${Y(m.value)}`).join(' ') }, s);
    for (const m of pts) svg('circle', { cx: X(days(m.date)), cy: Y(m.value), r: 3.5, class: `ln-${group}` }, s);
  }
  fig.appendChild(s);

  const legend = el('ul', undefined, fig);
  legend.className = 'pilot-legend';
  for (const [k, text] of [['baseline', pt('chart.baseline')], ['target', pt('chart.target')],
    ['test', pt('group.test')], ['control', pt('group.control')], ['all', pt('group.all')]]) {
    const li = el('li', undefined, legend);
    const sw = svg('svg', { width: 24, height: 10, 'aria-hidden': 'true', class: 'pilot-chart-swatch' }, li);
    svg('line', { x1: 0, x2: 24, y1: 5, y2: 5, class: `ln-${k}`, stroke: 'currentColor' }, sw);
    el('span', ` ${text}`, li);
  }

  const cmp = indicator.comparison;
  const summary = el('figcaption', cmp.text[lang()] || cmp.text.nb || cmp.text.en, fig);
  summary.className = 'pilot-reading';
  summary.dataset.reading = cmp.reading;

  const details = el('details', undefined, fig);
  el('summary', pt('table.show'), details);
  const table = el('table', undefined, details);
  const head = el('tr', undefined, el('thead', undefined, table));
  for (const h of ['date', 'group', 'value', 'expected', 'gap', 'reason']) el('th', pt(`table.${h}`), head).scope = 'col';
  const body = el('tbody', undefined, table);
  for (const m of ms) {
    const tr = el('tr', undefined, body);
    el('th', m.date, tr).scope = 'row';
    el('td', pt(`group.${m.group}`), tr);
    el('td', num(m.value), tr);
    el('td', num(m.expected), tr);
    el('td', num(m.gap), tr);
    el('td', m.gapReason || '', tr);
  }
  return fig;
}
