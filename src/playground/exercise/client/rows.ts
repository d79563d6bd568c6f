/**
 * Draws a check's row: its verdict and, when it failed, what was expected and what
 * happened, with the part of the run's output or timeline the check took where that helps.
 */
import type { RunRecord } from '../../client/store';
import type { Strings } from '../../client/types';
import type { Text } from '../api';
import { describeOutcome, type Outcome } from '../outcome';
import { entryRow } from '../../output/render';
import { buildTimeline } from '../../trace/lanes';
import type { TraceEvent } from '../../trace/types';
import { drawTimeline } from '../../output/timeline';

/** Console lines shown at most beside a failing check: the first ones of its stretch. */
const MAX_LINES = 12;

export interface RowStrings {
  /** The exercises' strings (`ex.` dropped). */
  ex: Record<string, string>;
  /** The playground's (`pg.` dropped), for output lines and the timeline. */
  pg: Strings;
  /** The names of the checks' own async functions (helpers and fakes). */
  checkTasks: ReadonlySet<string>;
}

/** Text with `code` in backticks, as nodes: the backticked parts in <code>. */
export function withCode(text: string): Node[] {
  return text.split('`').map((part, i) => (i % 2 ? Object.assign(document.createElement('code'), { textContent: part }) : document.createTextNode(part)));
}

/** Clears a row, before a check run (`running`) or after a reset. */
export function clearRow(row: HTMLElement, running: boolean): void {
  delete row.dataset.result;
  row.toggleAttribute('data-running', running);
  row.querySelector('.ex-verdict')!.textContent = '';
  row.querySelector('.ex-detail')?.remove();
}

/** Shows a check's outcome in its row; `run`: the check run, for the excerpt. */
export function showOutcome(row: HTMLElement, outcome: Outcome, name: Text, lang: keyof Text, s: RowStrings, run?: RunRecord): void {
  clearRow(row, false);
  row.dataset.result = outcome.result;
  row.querySelector('.ex-verdict')!.textContent = ` (${s.ex[outcome.result]})`;
  if (outcome.result === 'pass') return;
  const words = describeOutcome(outcome.why, name[lang], lang, s.ex);
  const detail = document.createElement('div');
  detail.className = 'ex-detail';
  const line = (label: string, text: string, kind: string) => {
    const p = document.createElement('p');
    p.className = `ex-${kind}`;
    const strong = Object.assign(document.createElement('strong'), { textContent: `${label} ` });
    p.append(strong, ...withCode(text));
    return p;
  };
  detail.append(line(s.ex.expected, words.expected, 'expected'), line(s.ex.happened, words.happened, 'happened'));
  const shown = words.show && run && outcome.from !== undefined && outcome.to !== undefined
    && (words.show === 'output' ? outputExcerpt(run, outcome.from, outcome.to, s) : timelineExcerpt(run, outcome.from, outcome.to, s, row));
  if (shown) detail.append(shown);
  row.append(detail);
}

/**
 * The lanes an excerpt leaves out: the module's (its top level ran long before), the check
 * itself (the harness calls it, so its parent is the module), and the helpers the check calls
 * (its own functions, or anonymous ones, called by a hidden task). What the reader's code
 * calls stays, the check's fakes among it: those are what the excerpt is for.
 */
export function checkLanes(events: readonly TraceEvent[], checkTasks: ReadonlySet<string>): Set<number> {
  const hidden = new Set([0]);
  for (const e of events) {
    if (e.kind !== 'task') continue;
    if (e.parent === 0 || (hidden.has(e.parent) && (e.name === '' || checkTasks.has(e.name)))) hidden.add(e.task);
  }
  return hidden;
}

function excerpt(title: string, body: Node): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'ex-excerpt';
  const caption = Object.assign(document.createElement('figcaption'), { textContent: title });
  figure.append(caption, body);
  return figure;
}

/** The console lines of the check's stretch; nothing when it printed none. */
function outputExcerpt(run: RunRecord, from: number, to: number, s: RowStrings): HTMLElement | undefined {
  const lines = run.entries.filter((e) => e.t >= from && e.t <= to).slice(0, MAX_LINES);
  if (!lines.length) return undefined;
  const box = document.createElement('div');
  box.className = 'pg-output ex-output';
  for (const e of lines) box.append(entryRow({ ...e, t: e.t - from }, s.pg));
  return excerpt(s.ex.excerptOutput, box);
}

/** The timeline of the check's stretch: the reader's tasks and the check's fakes; nothing when there were none. */
function timelineExcerpt(run: RunRecord, from: number, to: number, s: RowStrings, row: HTMLElement): HTMLElement | undefined {
  // The check's own stretch, on a clock that starts with it.
  const events = run.events.filter((e) => e.t >= from && e.t <= to).map((e) => ({ ...e, t: e.t - from }));
  const model = buildTimeline(events, to - from, { anonymous: s.pg['timeline.anonymous'], callback: s.pg['timeline.callback'] });
  const hidden = checkLanes(events, s.checkTasks);
  model.lanes = model.lanes.filter((l) => !hidden.has(l.task));
  model.links = model.links.filter((l) => !hidden.has(l.from.task) && !hidden.has(l.to.task));
  if (!model.lanes.length) return undefined;
  const width = Math.max(320, Math.floor(row.clientWidth) - 24);
  const drawing = drawTimeline([{ model, events, run: -1 }], { scaleEnd: model.end, orderMode: false, containerWidth: width, strings: s.pg });
  drawing.classList.add('ex-timeline');
  return excerpt(s.ex.excerptTimeline, drawing);
}
