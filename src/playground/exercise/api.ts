/**
 * What an exercise's `checks.ts` is written against: the shape of its checks and the
 * context each check gets. Types and one identity function only, so a checks module
 * bundles to its own code (the harness that runs it lives in harness.ts).
 *
 * @example
 * import { defineChecks } from '../../../../src/playground/exercise/api';
 * import type * as Solution from './solution';
 * export default defineChecks<typeof Solution>({ exports: ['double'], checks: [ … ] });
 */
import type { TraceEvent } from '../trace/types';

/** Words in both of the site's languages: every name and message a reader sees. */
export interface Text {
  en: string;
  'zh-cn': string;
}

/** What a failing check says: the two halves of its row, and what to show beside them. */
export interface Failure {
  /** What the code should have done, as a learner would say it. */
  expected: Text;
  /** What it did instead, in the same words (the measured values put in). */
  happened: Text;
  /**
   * What the row shows next to its message: the console lines, or the timeline, of the
   * stretch of the run the check took (the timeline where overlap or order is the point).
   */
  show?: 'output' | 'timeline';
}

/** The harness's side of one check: measurements, waits and the way to fail. */
export interface CheckContext {
  /** Milliseconds since this check began: the clock of the timeline beside its row. */
  now(): number;
  /** The harness's own wait: not one of the reader's timers, not drawn on the timeline. */
  sleep(ms: number): Promise<void>;
  /** The reader's timers (setTimeout, setInterval) set since this check began and still pending. */
  timersLeft(): number;
  /** The run's trace events since this check began, their `t` on the `now()` clock. */
  trace(): readonly TraceEvent[];
  /** A value as the console prints it (`[ 1, 2 ]`, `'a'`, `undefined`); an error as `Name: message`. */
  show(value: unknown): string;
  /** Ends the check as failed. */
  fail(failure: Failure): never;
  /** Fails unless `actual` and `expected` print the same: "`what`: <value>" on both sides. */
  equal(actual: unknown, expected: unknown, what: Text, show?: Failure['show']): void;
  /**
   * Waits for `promise` at most `ms`: its value, or the check fails with "`what` within
   * <ms> ms" / "still waiting after <ms> ms". A rejection is thrown on as it is.
   */
  within<T>(promise: PromiseLike<T>, ms: number, what: Text): Promise<T>;
}

/** One behaviour the reader's code must have: a row under the exercise. */
export interface Check<M> {
  /** Kebab-case, unique in the exercise: wrong solutions name the check they fail. */
  id: string;
  /** What the row says, pass or fail: "yields every item in order". */
  name: Text;
  /** How long the check may take before its row says it timed out (default 2000 ms). */
  timeout?: number;
  /** Calls the reader's code (`code` is the module's exports) and fails through `t` when it misbehaves. */
  run(code: M, t: CheckContext): void | Promise<void>;
}

/** An exercise's checks: what the reader's module must export, and the checks in the order shown. */
export interface ExerciseChecks<M> {
  /** Exports every check needs: a missing one fails every row with its name. */
  exports: readonly (keyof M & string)[];
  checks: readonly Check<M>[];
}

/** Types the checks against the reference solution's module (`typeof import('./solution')`). */
export const defineChecks = <M>(checks: ExerciseChecks<M>): ExerciseChecks<M> => checks;

/** Default for `Check.timeout`. */
export const CHECK_TIMEOUT_MS = 2000;
/** How long the reader's module may take to finish its top level before any check runs. */
export const TOP_LEVEL_TIMEOUT_MS = 3000;
