/**
 * Trace events in words, for the timeline's table and its tooltips, in the page's language:
 * both say the same, from what the whole trace knows (a wait's reason once it is explained,
 * a printed line's text).
 */
import type { TraceEvent } from './types';
import type { TimelineModel, WaitReason } from './lanes';
import type { Strings } from '../client/types';
import { fill } from '../../i18n/fill';

export type LabelOf = (task: number) => string;

export interface Describer {
  labelOf: LabelOf;
  s: Strings;
  /** What the wait that starts at this event turned out to be for. */
  waitAt?: (seq: number) => WaitReason | undefined;
  /** The text of a console line of the run. */
  lineText?: (line: number) => string | undefined;
}

/** A printed line is quoted up to this many characters, on one line. */
const MAX_QUOTE = 60;

/** What a task waits for. */
export function describeWait(on: WaitReason, labelOf: LabelOf, s: Strings): string {
  switch (on.kind) {
    case 'timer': return fill(s['timeline.wait.timer'], { ms: Math.round(on.ms) });
    case 'next': return fill(s['timeline.wait.next'], { task: labelOf(on.target) });
    case 'task': return fill(s['timeline.wait.task'], { task: labelOf(on.target) });
    case 'queue': return s[on.op === 'get' ? 'timeline.wait.queueGet' : 'timeline.wait.queuePut'];
    default: return s[`timeline.wait.${on.kind}`];
  }
}

/** The reasons of a model's waits by the position of the event that started each. */
export function waitReasons(model: TimelineModel): (seq: number) => WaitReason | undefined {
  const bySeq = new Map<number, WaitReason>();
  for (const lane of model.lanes) for (const span of lane.spans) if (span.kind === 'wait' && span.on) bySeq.set(span.seqFrom, span.on);
  return (seq) => bySeq.get(seq);
}

const quote = (text: string) => {
  const line = text.replace(/\s*\n\s*/g, ' ⏎ ');
  return line.length > MAX_QUOTE ? `${line.slice(0, MAX_QUOTE - 1)}…` : line;
};

/** The event at position `seq` of its run as a sentence's predicate: "waits for a 300 ms timer", "yields 'a'". */
export function describeEvent(e: TraceEvent, seq: number, d: Describer): string {
  const { s, labelOf } = d;
  switch (e.kind) {
    case 'task': return s[e.gen ? 'timeline.ev.genStart' : 'timeline.ev.start'];
    case 'run': return s['timeline.ev.run'];
    case 'pause': return s['timeline.ev.pause'];
    case 'wait': return describeWait(d.waitAt?.(seq) ?? e.on, labelOf, s);
    case 'yield': return fill(s['timeline.ev.yield'], { value: e.value });
    case 'next': case 'return': case 'throw': return fill(s[`timeline.ev.${e.kind}`], { task: labelOf(e.target) });
    case 'resolve': return s['timeline.ev.resolve'];
    case 'reject': return fill(s['timeline.ev.reject'], { error: e.error });
    case 'timer': return e.phase === 'set' ? fill(s['timeline.ev.timerSet'], { ms: Math.round(e.ms) }) : s[`timeline.ev.timer${e.phase === 'fire' ? 'Fire' : 'Clear'}`];
    case 'log': {
      const text = d.lineText?.(e.line);
      return text === undefined ? fill(s['timeline.ev.log'], { line: e.line + 1 }) : fill(s['timeline.ev.logText'], { text: quote(text) });
    }
  }
}
