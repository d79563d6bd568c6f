/**
 * What a check run reports about each check, and how a row puts it in words. The harness
 * (in the sandbox) sends outcomes; the page and the unit tests read them through
 * `describeOutcome`, so a row says the same in the browser as in the tests.
 */
import type { Failure, Text } from './api';
import { fill } from '../../i18n/fill';

/** Why a check failed. */
export type Why =
  /** The check's own words (`t.fail`). */
  | ({ kind: 'failed' } & Failure)
  /** `t.equal`: the two values as the console prints them. */
  | { kind: 'equal'; what: Text; expected: string; actual: string; show?: Failure['show'] }
  /** `t.within`: the promise was still pending after `ms`. */
  | { kind: 'within'; what: Text; ms: number; show?: Failure['show'] }
  /** The reader's code threw (or rejected) while the check called it. */
  | { kind: 'threw'; error: string }
  /** An error nobody caught, or a rejection nobody handled, while the check ran. */
  | { kind: 'uncaught'; error: string; rejection: boolean }
  /** The check did not finish within its time. */
  | { kind: 'timeout'; ms: number }
  /** The reader's code changed built-ins the checks rely on. */
  | { kind: 'tampered'; names: string[] }
  /** The module does not export what the checks need. */
  | { kind: 'missing'; name: string }
  /** The module's top level threw, so no check could run. */
  | { kind: 'top-level-threw'; error: string }
  /** The module's top level was still running after `ms`. */
  | { kind: 'top-level-timeout'; ms: number }
  /** Found by the page: the run ended before this check had an outcome. */
  | { kind: 'not-run'; because: NotRunReason };

/** Why a check never ran: the page saw the run end first. */
export type NotRunReason = 'stopped' | 'watchdog' | 'not-compiled' | 'crashed' | 'skipped' | 'blocked';

export type Outcome =
  | { result: 'pass'; from: number; to: number }
  /** `from`, `to`: the stretch of the run the check took (ms from the start), for the excerpt. */
  | { result: 'fail'; from?: number; to?: number; why: Why };

/** One check's row as the reader reads it: its two halves, and what to show beside them. */
export interface RowText {
  expected: string;
  happened: string;
  show?: Failure['show'];
}

type Strings = Record<string, string>;

/**
 * The words of a failed check in one language (`s`: the `ex.` strings, prefix dropped);
 * `name` is the check's name in that language. Passing checks need no words.
 * @example describeOutcome({ kind: 'timeout', ms: 2000 }, 'yields 3', 'en', s) // { expected: 'yields 3 within 2000 ms', … }
 */
export function describeOutcome(why: Why, name: string, lang: keyof Text, s: Strings): RowText {
  const say = (key: string, vars: Record<string, string | number> = {}) => fill(s[key], { name, ...vars });
  switch (why.kind) {
    case 'failed':
      return { expected: why.expected[lang], happened: why.happened[lang], show: why.show };
    case 'equal':
      return { expected: say('equal', { what: why.what[lang], value: why.expected }), happened: say('equal', { what: why.what[lang], value: why.actual }), show: why.show };
    case 'within':
      return { expected: say('within', { what: why.what[lang], ms: why.ms }), happened: say('withinHappened', { ms: why.ms }), show: why.show ?? 'timeline' };
    case 'threw':
      return { expected: name, happened: say('threw', { error: why.error }), show: 'output' };
    case 'uncaught':
      return { expected: name, happened: say(why.rejection ? 'unhandled' : 'uncaught', { error: why.error }), show: 'output' };
    case 'timeout':
      return { expected: say('timeoutExpected', { ms: why.ms }), happened: say('timeout', { ms: why.ms }), show: 'timeline' };
    case 'tampered':
      return { expected: say('tamperedExpected'), happened: say('tampered', { names: why.names.join(', ') }) };
    case 'missing':
      return { expected: say('missingExpected', { export: why.name }), happened: say('missing', { export: why.name }) };
    case 'top-level-threw':
      return { expected: say('topLevelExpected'), happened: say('topLevelThrew', { error: why.error }), show: 'output' };
    case 'top-level-timeout':
      return { expected: say('topLevelExpected'), happened: say('topLevelTimeout', { ms: why.ms }), show: 'output' };
    case 'not-run':
      return { expected: name, happened: say(`notRun.${why.because}`) };
  }
}

/**
 * Every check's outcome once the run has ended: those the harness reported, and for the
 * others why they have none. A watchdog or a crash concerns the first of them, the one that
 * was running; the checks after it never started. Stop and code that did not compile
 * concern them all.
 */
export function settleOutcomes(count: number, reported: readonly (Outcome | undefined)[], ended: NotRunReason | 'done'): Outcome[] {
  const out: Outcome[] = [];
  let running = true;
  for (let i = 0; i < count; i++) {
    const got = reported[i];
    if (got) {
      out.push(got);
      continue;
    }
    const reason: NotRunReason = ended === 'done' ? 'crashed' : ended;
    const because: NotRunReason = running || reason === 'stopped' || reason === 'not-compiled' ? reason : 'skipped';
    running = false;
    out.push({ result: 'fail', why: { kind: 'not-run', because } });
  }
  return out;
}
