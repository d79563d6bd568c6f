// Helpers the checks of this chapter's exercises share: how a promise settled and
// when, an abort that comes after a while, and milliseconds as a row prints them.
import type { CheckContext } from '../../../src/playground/exercise/api';

export type Settled<T> = ({ value: T } | { reason: unknown }) & { at: number };

/** How `p` settled, its value or its reason, and when (on the check's clock). Never rejects. */
export const settle = <T>(t: CheckContext, p: Promise<T>): Promise<Settled<T>> =>
  p.then((value) => ({ value, at: t.now() }), (reason: unknown) => ({ reason, at: t.now() }));

/**
 * What a settled promise rejected with, for `t.equal` with an error; one that resolved
 * instead prints as `{ resolved: <value> }`.
 */
export const rejection = (outcome: Settled<unknown>): unknown =>
  'reason' in outcome ? outcome.reason : { resolved: outcome.value };

/**
 * A controller that aborts after `ms` with Error: gave up. The wait is the harness's own,
 * so it is no timer of the reader's for `t.timersLeft()` to count.
 */
export function abortAfter(t: CheckContext, ms: number): AbortController {
  const controller = new AbortController();
  t.sleep(ms).then(() => controller.abort(new Error('gave up')));
  return controller;
}

export const ms = (n: number) => `${Math.round(n)} ms`;
