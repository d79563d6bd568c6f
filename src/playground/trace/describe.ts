/**
 * Trace events in words, for the timeline's table and its tooltips, in the page's language.
 */
import type { TraceEvent } from './types';
import type { WaitReason } from './lanes';
import type { Strings } from '../client/types';
import { fill } from '../../i18n/fill';

export type LabelOf = (task: number) => string;

/** What a task waits for. */
export function describeWait(on: WaitReason, labelOf: LabelOf, s: Strings): string {
  switch (on.kind) {
    case 'timer': return fill(s['timeline.wait.timer'], { ms: Math.round(on.ms) });
    case 'next': return fill(s['timeline.wait.next'], { task: labelOf(on.target) });
    case 'task': return fill(s['timeline.wait.task'], { task: labelOf(on.target) });
    default: return s[`timeline.wait.${on.kind}`];
  }
}

/** One event as a sentence's predicate: "waits for a 300 ms timer", "yields 'a'". */
export function describeEvent(e: TraceEvent, labelOf: LabelOf, s: Strings): string {
  switch (e.kind) {
    case 'task': return s[e.gen ? 'timeline.ev.genStart' : 'timeline.ev.start'];
    case 'run': return s['timeline.ev.run'];
    case 'pause': return s['timeline.ev.pause'];
    case 'wait': return describeWait(e.on, labelOf, s);
    case 'yield': return fill(s['timeline.ev.yield'], { value: e.value });
    case 'next': case 'return': case 'throw': return fill(s[`timeline.ev.${e.kind}`], { task: labelOf(e.target) });
    case 'resolve': return s['timeline.ev.resolve'];
    case 'reject': return fill(s['timeline.ev.reject'], { error: e.error });
    case 'timer': return e.phase === 'set' ? fill(s['timeline.ev.timerSet'], { ms: Math.round(e.ms) }) : s[`timeline.ev.timer${e.phase === 'fire' ? 'Fire' : 'Clear'}`];
    case 'log': return fill(s['timeline.ev.log'], { line: e.line + 1 });
  }
}
