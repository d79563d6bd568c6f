/**
 * Turns a run's trace into what the timeline draws: a lane per task with its running and
 * waiting spans and its markers, and the links between a consumer's `next()` and the
 * `yield` that answers it. Pure: plain events in, plain data out.
 */
import type { TraceEvent, WaitOn } from './types';

export type SpanKind = 'run' | 'wait';
export type MarkerKind = 'yield' | 'next' | 'return' | 'throw' | 'resolve' | 'reject' | 'timer' | 'log';

/**
 * What a wait was for, once the whole trace is known: a task's end explains a promise, and a
 * `for await`'s request says which generator's next value the loop waits for.
 */
export type WaitReason = WaitOn | { kind: 'next' | 'task'; target: number };

export interface Span {
  kind: SpanKind;
  from: number;
  to: number;
  /** Positions in the event sequence, for order mode. */
  seqFrom: number;
  seqTo: number;
  on?: WaitReason;
  /** Still going when the trace ended. */
  open: boolean;
}

export interface Marker {
  kind: MarkerKind;
  t: number;
  seq: number;
  /** Short text: a yielded value, a timer's delay, an error. */
  detail?: string;
  /** The generator a request goes to (`next`, `return`, `throw`). */
  target?: number;
  /** The console line a `log` marker stands for (its index in the run's output). */
  line?: number;
  phase?: 'set' | 'fire' | 'clear';
}

export interface Lane {
  task: number;
  /** The function's own name ('' for the module and for anonymous functions). */
  name: string;
  /** For an anonymous function, the function it was handed to (`map`). */
  via?: string;
  /** Unique among the lanes: the name, or the name with its arguments or a number. */
  label: string;
  gen: boolean;
  spans: Span[];
  markers: Marker[];
}

export interface Link {
  from: { task: number; seq: number; t: number };
  to: { task: number; seq: number; t: number };
}

export interface TimelineModel {
  lanes: Lane[];
  links: Link[];
  /** When the first event happened, and the run's end, in ms from the run's start; its length in events. */
  start: number;
  end: number;
  /** The longest delay any timer was set for. */
  longestTimer: number;
  seqEnd: number;
}

/**
 * A run with no timer of at least this delay that ends within ORDER_MODE_MAX_MS is drawn by
 * order, not time: there is no time to see, only which job ran first. The traced run of a
 * few promise jobs can take 30 ms on a slow phone or a busy machine; a blocking loop worth
 * drawing by time takes longer than 50.
 */
export const ORDER_MODE_TIMER_MS = 4;
export const ORDER_MODE_MAX_MS = 50;
/** Past this many events order mode is no help: one step each would not fit on a screen. */
export const ORDER_MODE_MAX_EVENTS = 600;

const MODULE = 0;

interface Request {
  task: number;
  seq: number;
  t: number;
}

/**
 * Builds lanes from events in the order they happened. `end` is the run's elapsed time
 * (a lane still waiting then is drawn up to it).
 * @example buildTimeline([], 0).lanes[0].label // '' (the module's lane)
 */
export function buildTimeline(events: readonly TraceEvent[], end?: number, names: LaneNames = ENGLISH_NAMES): TimelineModel {
  const lanes = new Map<number, Lane>();
  const links: Link[] = [];
  const pending = new Map<number, Request[]>();
  const argsOf = new Map<number, string[]>();
  const lastT = events.length ? events[events.length - 1].t : 0;
  const endT = Math.max(end ?? 0, lastT);

  const lane = (task: number): Lane => {
    let l = lanes.get(task);
    if (!l) {
      l = { task, name: '', label: '', gen: false, spans: [], markers: [] };
      lanes.set(task, l);
    }
    return l;
  };
  const openSpan = (l: Lane) => {
    const last = l.spans[l.spans.length - 1];
    return last?.open ? last : undefined;
  };
  const close = (l: Lane, t: number, seq: number) => {
    const s = openSpan(l);
    if (s) Object.assign(s, { to: t, seqTo: seq, open: false });
  };
  const start = (l: Lane, kind: SpanKind, t: number, seq: number, on?: WaitOn) => {
    close(l, t, seq);
    l.spans.push({ kind, from: t, to: t, seqFrom: seq, seqTo: seq, open: true, ...(on ? { on } : {}) });
  };
  const answer = (gen: number, e: { t: number }, seq: number, all: boolean) => {
    const queue = pending.get(gen) ?? [];
    for (const req of all ? queue.splice(0) : queue.splice(0, 1)) links.push({ from: req, to: { task: gen, seq, t: e.t } });
  };

  start(lane(MODULE), 'run', 0, 0);
  events.forEach((e, seq) => {
    const l = lane(e.task);
    switch (e.kind) {
      case 'task':
        Object.assign(l, { name: e.name, gen: e.gen }, e.via ? { via: e.via } : {});
        argsOf.set(e.task, e.args);
        start(l, 'run', e.t, seq);
        break;
      case 'run':
        start(l, 'run', e.t, seq);
        break;
      case 'pause':
        close(l, e.t, seq);
        break;
      case 'wait':
        start(l, 'wait', e.t, seq, e.on);
        break;
      case 'yield':
        l.markers.push({ kind: 'yield', t: e.t, seq, detail: e.value });
        answer(e.task, e, seq, false);
        break;
      case 'next': case 'return': case 'throw': {
        l.markers.push({ kind: e.kind, t: e.t, seq, target: e.target });
        // Only a `for await` asks while its task waits: the loop waits for this request.
        const waiting = openSpan(l);
        if (waiting?.kind === 'wait') waiting.on = { kind: e.kind === 'next' ? 'next' : 'task', target: e.target };
        const queue = pending.get(e.target) ?? [];
        queue.push({ task: e.task, seq, t: e.t });
        pending.set(e.target, queue);
        break;
      }
      case 'resolve': case 'reject':
        close(l, e.t, seq);
        l.markers.push({ kind: e.kind, t: e.t, seq, ...(e.kind === 'reject' ? { detail: e.error } : {}) });
        if (l.gen) answer(e.task, e, seq, true);
        break;
      case 'timer':
        l.markers.push({ kind: 'timer', t: e.t, seq, phase: e.phase, ...(e.phase === 'set' ? { detail: `${Math.round(e.ms)} ms` } : {}) });
        break;
      case 'log':
        l.markers.push({ kind: 'log', t: e.t, seq, line: e.line });
        break;
    }
  });

  const seqEnd = events.length;
  for (const l of lanes.values()) {
    const s = openSpan(l);
    if (s) Object.assign(s, { to: endT, seqTo: seqEnd });
  }
  explainPromiseWaits(events, lanes);
  const ordered = [...lanes.values()].filter((l) => l.task === MODULE || l.spans.length || l.markers.length);
  labelLanes(ordered, argsOf, names);
  const longestTimer = Math.max(0, ...events.map((e) => (e.kind === 'timer' && e.phase === 'set' ? e.ms : 0)));
  return { lanes: ordered, links, start: events[0]?.t ?? 0, end: endT, seqEnd, longestTimer };
}

/** A wait on "a promise" that ends right after another task ended was a wait for that task. */
function explainPromiseWaits(events: readonly TraceEvent[], lanes: Map<number, Lane>): void {
  for (const l of lanes.values()) {
    for (const span of l.spans) {
      if (span.kind !== 'wait' || span.on?.kind !== 'promise' || span.open) continue;
      for (let i = span.seqTo - 1; i > span.seqFrom; i--) {
        const e = events[i];
        if (e.kind === 'run' || (e.kind === 'timer' && e.phase === 'fire')) continue;
        if ((e.kind === 'resolve' || e.kind === 'reject') && e.task !== l.task) span.on = { kind: 'task', target: e.task };
        break;
      }
    }
  }
}

/** How lanes of functions without a name are called, in the page's language. */
export interface LaneNames {
  anonymous: string;
  /** `{callee}` is the function it was handed to. */
  callback: string;
}
const ENGLISH_NAMES: LaneNames = { anonymous: 'anonymous', callback: '{callee} callback' };

/**
 * Unique labels: `task` alone, `task(1)` by its arguments, and a number where those repeat
 * (`read('a')#1`, `read('a')#2`; `countdown#1`, `countdown#2`). A function without a name is
 * called after the function it was handed to (`map callback#1`).
 */
function labelLanes(lanes: Lane[], argsOf: Map<number, string[]>, names: LaneNames): void {
  const nameOf = (l: Lane) => l.name || (l.via ? names.callback.replace('{callee}', l.via) : names.anonymous);
  const groups = new Map<string, Lane[]>();
  for (const l of lanes) {
    if (l.task === MODULE) continue;
    groups.set(nameOf(l), [...(groups.get(nameOf(l)) ?? []), l]);
  }
  for (const [name, group] of groups) {
    const labels = group.map((l) => {
      const args = argsOf.get(l.task) ?? [];
      return group.length === 1 || !args.length ? name : `${name}(${args.join(', ')})`;
    });
    const count = new Map<string, number>();
    for (const label of labels) count.set(label, (count.get(label) ?? 0) + 1);
    const seen = new Map<string, number>();
    group.forEach((l, i) => {
      const n = (seen.get(labels[i]) ?? 0) + 1;
      seen.set(labels[i], n);
      l.label = count.get(labels[i])! > 1 ? `${labels[i]}#${n}` : labels[i];
    });
  }
}

/** Whether a run is best read by order (nothing took time) rather than by time. */
export const prefersOrderMode = (model: TimelineModel) =>
  model.seqEnd > 1 && model.seqEnd <= ORDER_MODE_MAX_EVENTS && model.longestTimer < ORDER_MODE_TIMER_MS && model.end - model.start < ORDER_MODE_MAX_MS;

/** Whether the timeline teaches something here: two tasks or more, or an async generator. */
export const timelineTeaches = (model: TimelineModel) =>
  model.lanes.some((l) => l.gen) || model.lanes.filter((l) => l.task !== MODULE).length >= 2;
