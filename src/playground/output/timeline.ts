/**
 * Draws timelines: one SVG with a lane per task (running and waiting spans, markers, the
 * links from a `next()` to the `yield` that answers it) for each run shown, all on one
 * scale, and a table that says the same in words. Only draws: the model comes from lanes.ts.
 */
import type { Lane, Marker, Span, TimelineModel } from '../trace/lanes';
import type { TraceEvent } from '../trace/types';
import type { Strings } from '../client/types';
import { describeEvent, describeWait, waitReasons, type Describer } from '../trace/describe';
import { fill } from '../../i18n/fill';
import { LABEL_PX, PAD_R, VALUE_PX, fitText, hasWide, labelColumn, placeLabels, textWidth, timelineWidth, type Placed } from './timeline-layout';
import { attachTips } from './timeline-tips';

export interface TimelineSection {
  /** A variant's label when several runs are shown. */
  title?: string;
  model: TimelineModel;
  events: readonly TraceEvent[];
  /** Which run of the output this is (console rows carry the same number). */
  run: number;
  /** The text of the run's console line `line`, for the words about a `log` event. */
  lineText?: (line: number) => string | undefined;
}

export interface TimelineOptions {
  /** The end of the shared axis: ms, or events in order mode. */
  scaleEnd: number;
  orderMode: boolean;
  /** Nothing in these runs took time; otherwise order mode was the reader's choice, and its caption must not say so. */
  untimed?: boolean;
  /** The width the box has; the drawing is at least this wide and scrolls sideways when wider. */
  containerWidth: number;
  strings: Strings;
}

const SVG = 'http://www.w3.org/2000/svg';
const ROW_H = 26;
const AXIS_H = 24;
const TITLE_H = 22;
const BAR_H = 10;
/** Every span and marker answers the pointer over at least this square (WCAG 2.5.8). */
const HIT = 24;
/** Past this many events a section is drawn without tooltips and links: the table has the words. */
const DENSE_EVENTS = 3000;
const MAX_TABLE_ROWS = 400;
const MAX_YIELD_LABELS = 12;

const el = <K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] => {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
};

/** Round tick steps for an axis of `end` ms: 1, 2 or 5 × 10ⁿ, about six ticks. */
export function axisTicks(end: number): number[] {
  if (!(end > 0)) return [0];
  const raw = end / 6;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((v) => v >= raw)!;
  const ticks: number[] = [];
  for (let t = 0; t <= end + 1e-9; t += step) ticks.push(Math.round(t * 1000) / 1000);
  return ticks;
}

const labelFor = (lane: Lane | undefined, s: Strings) => (!lane ? '?' : lane.task === 0 ? s['timeline.module'] : lane.label);

export function drawTimeline(sections: TimelineSection[], opts: TimelineOptions): HTMLElement {
  const s = opts.strings;
  const root = document.createElement('div');
  root.className = 'pg-tl';
  root.dataset.mode = opts.orderMode ? 'order' : 'time';
  const labelW = labelColumn(sections.flatMap((sec) => sec.model.lanes.map((l) => labelFor(l, s))));
  const width = timelineWidth(opts.containerWidth, { orderMode: opts.orderMode, scaleEnd: opts.scaleEnd, labelW });
  const plotW = width - labelW - PAD_R;
  const scale = Math.max(opts.scaleEnd, opts.orderMode ? 1 : 0.001);
  const x = (t: number) => labelW + (Math.min(t, scale) / scale) * plotW;
  const xs = (m: { t: number; seq: number }) => (opts.orderMode ? x(m.seq + 0.5) : x(m.t));

  const heights = sections.map((sec) => (sec.title ? TITLE_H : 0) + sec.model.lanes.length * ROW_H);
  const height = AXIS_H + heights.reduce((a, b) => a + b, 0) + 4;
  const dense = sections.some((sec) => sec.events.length > DENSE_EVENTS);
  const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: dense ? 'img' : 'group', class: 'pg-tl-svg' });
  svg.setAttribute('aria-label', s['timeline.title']);
  // Chromium makes the drawing a Tab stop of its own; its marks are the one stop (timeline-tips.ts).
  if (!dense) svg.setAttribute('tabindex', '-1');
  // The lane names stay in view while the plot scrolls sideways under them.
  const names = el('g', { class: 'pg-tl-names' });
  names.append(el('rect', { x: 0, y: 0, width: labelW, height, class: 'pg-tl-names-bg' }));
  svg.append(arrowDef(), axis(opts, x, height, labelW));

  let y = AXIS_H;
  sections.forEach((sec) => {
    const group = el('g', { 'data-run': sec.run });
    if (sec.title) {
      const title = el('text', { x: 6, y: y + 15, class: 'pg-tl-section' });
      title.textContent = sec.title;
      names.append(title);
      y += TITLE_H;
    }
    const secDense = sec.events.length > DENSE_EVENTS;
    const labelOf = (task: number) => labelFor(sec.model.lanes.find((l) => l.task === task), s);
    const describer: Describer = { labelOf, s, waitAt: waitReasons(sec.model), lineText: sec.lineText };
    const rowOf = new Map<number, number>();
    for (const lane of sec.model.lanes) {
      rowOf.set(lane.task, y);
      const label = labelFor(lane, s);
      // The top level's name and Chinese text are words, not code.
      const words = lane.task === 0 || hasWide(label);
      const name = el('text', { x: 6, y: y + ROW_H / 2 + 4, class: words ? 'pg-tl-label pg-tl-label-text' : 'pg-tl-label' });
      name.textContent = fitText(label, labelW - 10, LABEL_PX);
      names.append(name);
      group.append(drawLane(lane, y, sec.run, { x, xs, orderMode: opts.orderMode, label, describer, events: sec.events, dense: secDense, plotFrom: labelW, plotTo: width - 2 }));
      y += ROW_H;
    }
    for (const link of secDense ? [] : sec.model.links) {
      const y1 = rowOf.get(link.from.task);
      const y2 = rowOf.get(link.to.task);
      if (y1 === undefined || y2 === undefined) continue;
      const x1 = xs(link.from);
      const x2 = xs(link.to);
      const mid = (y1 + y2) / 2 + ROW_H / 2;
      group.prepend(el('path', {
        d: `M${x1},${y1 + ROW_H / 2} C${x1},${mid} ${x2},${mid} ${x2},${y2 + ROW_H / 2}`,
        class: 'pg-tl-link',
        'data-link': '',
        'marker-end': 'url(#pg-tl-arrow)',
      }));
    }
    svg.append(group);
  });
  svg.append(names);

  const scroller = document.createElement('div');
  scroller.className = 'pg-tl-scroll';
  scroller.append(svg);
  scroller.addEventListener('scroll', () => names.setAttribute('transform', `translate(${scroller.scrollLeft} 0)`), { passive: true });
  root.append(scroller, legend(s), table(sections, s));
  if (!dense) attachTips(root, svg);
  return root;
}

interface LaneContext {
  x: (t: number) => number;
  xs: (m: { t: number; seq: number }) => number;
  orderMode: boolean;
  /** The lane's full label, which starts every tooltip of the lane. */
  label: string;
  describer: Describer;
  events: readonly TraceEvent[];
  /** Too many events for a tooltip each. */
  dense: boolean;
  /** Where the plot starts and ends: value labels stay within. */
  plotFrom: number;
  plotTo: number;
}

function drawLane(lane: Lane, y: number, run: number, c: LaneContext): SVGGElement {
  const g = el('g', { 'data-lane': '', 'data-name': c.label, 'data-task': lane.task, 'data-gen': String(lane.gen) });
  const mid = y + ROW_H / 2;
  g.append(el('line', { x1: c.x(0), x2: c.x(Infinity), y1: mid, y2: mid, class: 'pg-tl-base' }));
  for (const span of coalesce(lane.spans, c)) g.append(drawSpan(span, mid, c));
  // A busy run has more markers than pixels: one per kind and pixel is all the eye can see.
  const drawn = new Set<string>();
  const markers = lane.markers.filter((m) => {
    const key = `${m.kind}${m.phase ?? ''}:${Math.round(c.xs(m))}`;
    if (drawn.has(key)) return false;
    drawn.add(key);
    return true;
  });
  // A yielded value is written above its marker where it fits beside the others; its tooltip always has it.
  const yields = markers.filter((m) => m.kind === 'yield' && m.detail);
  const places = yields.length <= MAX_YIELD_LABELS
    ? placeLabels(yields.map((m) => ({ x: c.xs(m), width: textWidth(m.detail!, VALUE_PX) })), c.plotFrom + 2, c.plotTo)
    : [];
  const placeOf = new Map(yields.map((m, i) => [m, places[i]]));
  for (const m of markers) g.append(drawMarker(m, mid, run, c, placeOf.get(m)));
  return g;
}

/**
 * Spans narrower than a pixel, merged while they follow each other: a tight loop of
 * awaits becomes one block, drawn as what it mostly was (running or waiting).
 */
function coalesce(spans: Span[], c: LaneContext): Span[] {
  const px = (sp: Span) => (c.orderMode ? c.x(sp.seqTo + 0.5) - c.x(sp.seqFrom + 0.5) : c.x(sp.to) - c.x(sp.from));
  const out: Span[] = [];
  let block: (Span & { runMs: number; waitMs: number }) | undefined;
  const flush = () => {
    if (block) out.push({ ...block, kind: block.runMs >= block.waitMs ? 'run' : 'wait', on: undefined });
    block = undefined;
  };
  for (const sp of spans) {
    if (px(sp) >= 1) {
      flush();
      out.push(sp);
      continue;
    }
    block ??= { ...sp, runMs: 0, waitMs: 0 };
    Object.assign(block, { to: sp.to, seqTo: sp.seqTo, open: sp.open });
    if (sp.kind === 'run') block.runMs += sp.to - sp.from;
    else block.waitMs += sp.to - sp.from;
    if (px(block) >= 2) flush();
  }
  flush();
  return out;
}

/** Makes `node` a tooltip target: a square of at least HIT px around it, its words as its name. */
function target<T extends SVGGElement>(node: T, text: string, box: { x: number; y: number; width: number }): T {
  const width = Math.max(HIT, box.width);
  node.prepend(el('rect', { x: box.x + box.width / 2 - width / 2, y: box.y - HIT / 2, width, height: HIT, class: 'pg-tl-hit' }));
  node.classList.add('pg-tl-item');
  Object.assign(node.dataset, { tip: text });
  node.setAttribute('role', 'img');
  node.setAttribute('aria-label', text);
  node.setAttribute('tabindex', '-1');
  return node;
}

function drawSpan(span: Span, mid: number, c: LaneContext): SVGElement {
  const x1 = c.orderMode ? c.x(span.seqFrom + 0.5) : c.x(span.from);
  const x2 = c.orderMode ? c.x(span.seqTo + 0.5) : c.x(span.to);
  const h = span.kind === 'run' ? BAR_H : BAR_H - 4;
  const width = Math.max(1.5, x2 - x1);
  const rect = el('rect', {
    x: x1,
    y: mid - h / 2,
    width,
    height: h,
    rx: 2,
    class: `pg-tl-${span.kind}`,
    'data-span': '',
    'data-kind': span.kind,
    'data-from': round(span.from),
    'data-to': round(span.to),
  });
  if (c.dense) return rect;
  const { labelOf, s } = c.describer;
  const what = span.kind === 'run' ? s['timeline.running'] : span.on ? describeWait(span.on, labelOf, s) : s['timeline.waiting'];
  const item = el('g');
  item.append(rect);
  return target(item, `${c.label} · ${what} · ${round(span.from)}–${round(span.to)} ms`, { x: x1, y: mid, width });
}

function drawMarker(m: Marker, mid: number, run: number, c: LaneContext, label: Placed | undefined): SVGGElement {
  const cx = c.xs(m);
  const g = el('g', { 'data-event': '', 'data-kind': m.kind, 'data-t': round(m.t), class: `pg-tl-ev pg-tl-${m.kind}` });
  if (m.line !== undefined) Object.assign(g.dataset, { line: String(m.line), run: String(run) });
  if (m.phase) g.dataset.phase = m.phase;
  switch (m.kind) {
    case 'yield':
      g.append(el('path', { d: `M${cx},${mid - 6} L${cx + 5},${mid} L${cx},${mid + 6} L${cx - 5},${mid} Z` }));
      if (label && m.detail) {
        const t = el('text', { x: label.x, y: mid - 8, 'text-anchor': label.anchor, class: 'pg-tl-value', 'data-value': '' });
        t.textContent = m.detail;
        g.append(t);
      }
      break;
    case 'next': case 'return': case 'throw':
      g.append(el('path', { d: m.kind === 'next' ? `M${cx - 4},${mid - 5} L${cx + 4},${mid} L${cx - 4},${mid + 5} Z` : `M${cx - 4},${mid - 4} h8 v8 h-8 Z` }));
      break;
    case 'resolve': case 'reject':
      g.append(el('circle', { cx, cy: mid, r: 4.5 }));
      break;
    case 'timer':
      g.append(el('path', { d: m.phase === 'set' ? `M${cx},${mid + 3} v8 M${cx - 3},${mid + 11} h6` : `M${cx},${mid + 3} v8` }));
      break;
    case 'log':
      g.append(el('line', { x1: cx, x2: cx, y1: mid - ROW_H / 2 + 3, y2: mid - 4 }));
      break;
  }
  if (c.dense) return g;
  const what = describeEvent(c.events[m.seq], m.seq, c.describer);
  return target(g, `${c.label} · ${what} · ${round(m.t)} ms`, { x: cx, y: mid, width: 0 });
}

function axis(opts: TimelineOptions, x: (t: number) => number, height: number, labelW: number): SVGGElement {
  const g = el('g', { class: 'pg-tl-axis', 'aria-hidden': 'true' });
  if (opts.orderMode) {
    const t = el('text', { x: labelW, y: 14, 'data-order-axis': opts.untimed ? 'untimed' : 'chosen' });
    t.textContent = opts.strings[opts.untimed ? 'timeline.orderAxis' : 'timeline.orderAxisChosen'];
    g.append(t);
    return g;
  }
  for (const tick of axisTicks(opts.scaleEnd)) {
    const tx = x(tick);
    g.append(el('line', { x1: tx, x2: tx, y1: AXIS_H - 4, y2: height, class: 'pg-tl-grid' }));
    const label = el('text', { x: tx, y: 14, 'text-anchor': tick === 0 ? 'start' : 'middle' });
    label.textContent = `${tick} ms`;
    g.append(label);
  }
  return g;
}

function arrowDef(): SVGDefsElement {
  const defs = el('defs');
  const marker = el('marker', { id: 'pg-tl-arrow', viewBox: '0 0 8 8', refX: 7, refY: 4, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' });
  marker.append(el('path', { d: 'M0,0 L8,4 L0,8 Z', class: 'pg-tl-arrowhead' }));
  defs.append(marker);
  return defs;
}

function legend(s: Strings): HTMLElement {
  const p = document.createElement('p');
  p.className = 'pg-tl-legend';
  for (const key of ['running', 'waiting', 'yield', 'next', 'resolve', 'reject', 'log'] as const) {
    const item = document.createElement('span');
    item.dataset.key = key;
    item.textContent = s[`timeline.legend.${key}`];
    p.append(item);
  }
  return p;
}

/** The text alternative: every event, in order, as time · task · what happened. */
function table(sections: TimelineSection[], s: Strings): HTMLElement {
  const details = document.createElement('details');
  details.className = 'pg-tl-table';
  const summary = document.createElement('summary');
  summary.textContent = s['timeline.table'];
  details.append(summary);
  for (const sec of sections) {
    const tbl = document.createElement('table');
    if (sec.title) tbl.createCaption().textContent = sec.title;
    const head = tbl.createTHead().insertRow();
    for (const key of ['timeline.col.time', 'timeline.col.task', 'timeline.col.event']) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = s[key];
      head.append(th);
    }
    const labelOf = (task: number) => labelFor(sec.model.lanes.find((l) => l.task === task), s);
    const describer: Describer = { labelOf, s, waitAt: waitReasons(sec.model), lineText: sec.lineText };
    const body = tbl.createTBody();
    const listed = sec.events.flatMap((e, seq) => (e.kind === 'pause' ? [] : [{ e, seq }]));
    for (const { e, seq } of listed.slice(0, MAX_TABLE_ROWS)) {
      const row = body.insertRow();
      row.insertCell().textContent = `${round(e.t)} ms`;
      row.insertCell().textContent = labelOf(e.task);
      row.insertCell().textContent = describeEvent(e, seq, describer);
    }
    details.append(tbl);
    if (listed.length > MAX_TABLE_ROWS) {
      const more = document.createElement('p');
      more.textContent = fill(s['timeline.tableMore'], { count: listed.length - MAX_TABLE_ROWS });
      details.append(more);
    }
  }
  return details;
}

const round = (t: number) => Math.round(t * 10) / 10;
