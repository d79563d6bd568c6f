/**
 * Runs an exercise's checks against the reader's module, inside the run (the sandbox's
 * worker, or Node in the unit tests): loads the checks, then the reader's module, then
 * runs each check in turn and reports its outcome at once (so a run that hangs keeps the
 * rows it had). The reader's code runs in the same realm, so what the harness needs is
 * taken before that code runs, and the built-ins are checked after it ran (integrity.ts).
 */
import type { CheckContext, ExerciseChecks, Failure, Text } from './api';
import { CHECK_TIMEOUT_MS, TOP_LEVEL_TIMEOUT_MS } from './api';
import type { Outcome, Why } from './outcome';
import type { TraceEvent } from '../trace/types';
import { photographBuiltins, type Integrity } from './integrity';

/** The timer functions of a scope, as the harness wraps them to see the reader's timers. */
interface TimerScope {
  setTimeout(handler: unknown, ms?: number, ...args: unknown[]): unknown;
  clearTimeout(id?: unknown): void;
  setInterval(handler: unknown, ms?: number, ...args: unknown[]): unknown;
  clearInterval(id?: unknown): void;
}

export interface HarnessEnv {
  /** The run's global scope: its timers are watched, its built-ins photographed. */
  scope: object;
  /** Milliseconds from the start of the run. */
  now(): number;
  /** Timers of the environment's own, which the reader's code cannot reach or replace. */
  setTimeout(handler: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  /** A value as the console prints it (never throws). */
  show(value: unknown): string;
  /** A thrown value in a few words: `TypeError: x is not a function` (never throws). */
  describe(thrown: unknown): string;
  /** Hears each check's outcome, in order. */
  report(index: number, outcome: Outcome): void;
  /** Globals of the environment's own that the reader's code may change (a start marker). */
  ignore?: readonly PropertyKey[];
}

export interface Harness {
  /** A trace event of the run: the checks can read those of their own stretch. */
  event(e: TraceEvent): void;
  /**
   * An error nobody caught or a rejection nobody handled: during a check it fails that
   * check and is absorbed (true); otherwise the run deals with it as usual (false).
   */
  uncaught(reason: unknown, rejection: boolean): boolean;
  /** Loads the checks, then the reader's module, and runs every check; settles when all have reported. */
  run(loadChecks: () => Promise<unknown>, loadModule: () => Promise<unknown>): Promise<void>;
}

/** What a check throws to fail: carried by identity, so the reader's code cannot make one. */
class Failed {
  constructor(readonly why: Why) {}
}
const TIMED_OUT = Symbol('timed out');

const { apply } = Reflect;
const then = Promise.prototype.then;
const NativePromise = Promise;

export function createHarness(env: HarnessEnv): Harness {
  const events: TraceEvent[] = [];
  /** Pending timers the reader's code (or a check's fake) set, by id: the check that set them. */
  const live = new Map<unknown, number>();
  let current = -1;
  /** Ends the running check early: an uncaught error belongs to it. */
  let interrupt: ((why: Why) => void) | undefined;
  let integrity: Integrity | undefined;

  const wait = (ms: number) => new NativePromise<void>((resolve) => env.setTimeout(resolve, ms));
  /** Settles with `promise`, or with TIMED_OUT after `ms`; uses the `then` taken at start. */
  const race = <T>(promise: PromiseLike<T>, ms: number): Promise<T | typeof TIMED_OUT> =>
    new NativePromise((resolve, reject) => {
      const timer = env.setTimeout(() => resolve(TIMED_OUT), ms);
      const done = (f: (v: never) => void) => (v: never) => {
        env.clearTimeout(timer);
        f(v);
      };
      apply(then, NativePromise.resolve(promise), [done(resolve), done(reject)]);
    });

  function watchTimers(): void {
    const scope = env.scope as TimerScope;
    const { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: clearEvery } = scope;
    const start = (schedule: TimerScope['setTimeout'], once: boolean) => (handler: unknown, ms?: number, ...args: unknown[]) => {
      let id: unknown;
      const fire = once ? () => {
        live.delete(id);
        if (typeof handler === 'function') handler(...args);
      } : handler;
      id = apply(schedule, scope, [fire, ms, ...(once ? [] : args)]);
      live.set(id, current);
      return id;
    };
    const stop = (cancel: TimerScope['clearTimeout']) => (id?: unknown) => {
      live.delete(id);
      apply(cancel, scope, [id]);
    };
    Object.assign(scope, { setTimeout: start(set, true), setInterval: start(every, false), clearTimeout: stop(clear), clearInterval: stop(clearEvery) });
  }

  /** Errors as their name and message: in a row, a stack says nothing to the reader. */
  const show = (value: unknown) => (value instanceof Error ? env.describe(value) : env.show(value));

  /** The check's context; its clock starts with the check, as the timeline beside its row does. */
  function context(index: number, mark: number, from: number): CheckContext {
    const failWith = (why: Why): never => {
      throw new Failed(why);
    };
    return {
      now: () => env.now() - from,
      sleep: wait,
      timersLeft() {
        let n = 0;
        for (const owner of live.values()) if (owner === index) n++;
        return n;
      },
      trace: () => events.slice(mark).map((e) => ({ ...e, t: e.t - from })),
      show,
      fail: (failure: Failure) => failWith({ kind: 'failed', ...failure }),
      equal(actual, expected, what, beside) {
        const a = show(actual);
        const e = show(expected);
        if (a !== e) failWith({ kind: 'equal', what, expected: e, actual: a, ...(beside && { show: beside }) });
      },
      async within(promise, ms, what: Text) {
        const got = await race(promise, ms);
        if (got === TIMED_OUT) return failWith({ kind: 'within', what, ms });
        return got;
      },
    };
  }

  async function runOne(checks: ExerciseChecks<unknown>, module: unknown, index: number): Promise<Outcome> {
    const check = checks.checks[index];
    current = index;
    const from = env.now();
    const mark = events.length;
    const interrupted = new NativePromise<Why>((resolve) => (interrupt = resolve));
    let why: Why | undefined;
    try {
      const ran = race(NativePromise.resolve().then(() => check.run(module, context(index, mark, from))), check.timeout ?? CHECK_TIMEOUT_MS);
      const first = await NativePromise.race([ran, interrupted]);
      if (first === TIMED_OUT) why = { kind: 'timeout', ms: check.timeout ?? CHECK_TIMEOUT_MS };
      else if (first && typeof first === 'object' && 'kind' in first) why = first as Why;
    } catch (err) {
      why = err instanceof Failed ? err.why : { kind: 'threw', error: env.describe(err) };
    }
    // Two task hops: a rejection left unhandled at the check's end is reported in a task of its own.
    await wait(0);
    await wait(0);
    interrupt = undefined;
    const late = lateUncaught;
    lateUncaught = undefined;
    why ??= late;
    const to = env.now();
    const changed = integrity!.changed();
    if (changed.length) {
      why = { kind: 'tampered', names: changed };
      if (!integrity!.restore()) broken = changed;
    }
    current = -1;
    return why ? { result: 'fail', from, to, why } : { result: 'pass', from, to };
  }

  let lateUncaught: Why | undefined;
  let broken: string[] | undefined;

  return {
    event(e) {
      if (events.length < 100_000) events[events.length] = e;
    },
    uncaught(reason, rejection) {
      if (current < 0) return false;
      const why: Why = { kind: 'uncaught', error: env.describe(reason), rejection };
      if (interrupt) interrupt(why);
      else lateUncaught ??= why;
      return true;
    },
    async run(loadChecks, loadModule) {
      const checks = ((await loadChecks()) as { default: ExerciseChecks<unknown> }).default;
      const count = checks.checks.length;
      // Why no check can run is said once, on the first row left; the rows after it point there.
      const failAll = (why: Why, from = 0) => {
        for (let i = from; i < count; i++) env.report(i, { result: 'fail', why: i === from ? why : { kind: 'not-run', because: 'blocked' } });
      };
      watchTimers();
      integrity = photographBuiltins(env.scope, env.ignore ?? []);
      let module: unknown;
      try {
        const loaded = await race(loadModule(), TOP_LEVEL_TIMEOUT_MS);
        if (loaded === TIMED_OUT) return failAll({ kind: 'top-level-timeout', ms: TOP_LEVEL_TIMEOUT_MS });
        module = loaded;
      } catch (err) {
        return failAll({ kind: 'top-level-threw', error: env.describe(err) });
      }
      const changed = integrity.changed();
      if (changed.length) return failAll({ kind: 'tampered', names: changed });
      for (const name of checks.exports) {
        const value = (module as Record<string, unknown>)[name];
        if (value === undefined) return failAll({ kind: 'missing', name });
      }
      for (let i = 0; i < count; i++) {
        if (broken) return failAll({ kind: 'tampered', names: broken }, i);
        env.report(i, await runOne(checks, module, i));
      }
    },
  };
}
