/**
 * The hooks that instrumented code calls (see instrument.ts), and the bookkeeping behind
 * them: which task is on the thread now, which one waits and for what. Every hook returns
 * what it was given and touches no promise of the program's: a task's return to the thread
 * is seen by the hook the instrumentation put where it resumes, not by a reaction.
 */
import { HOOKS, type TraceEvent, type WaitOn } from './types';

export interface TracerOptions {
  now: () => number;
  record: (event: TraceEvent) => void;
  /** Past this many events the tracer records nothing more and its hooks cost next to nothing. */
  maxEvents?: number;
  /** Called once, when `maxEvents` is reached. */
  onLimit?: () => void;
  /** false: leave AsyncGenerator.prototype alone (a tracer that only warms the code up). */
  patchGenerators?: boolean;
}

export interface Tracer {
  /** The hooks instrumented code calls through `globalThis.__ag`. */
  hooks: Record<string, (...args: any[]) => unknown>;
  /** The task on the thread now (0, the module, when no traced task is). */
  current(): number;
  /** Timers, as the sandbox's own wrappers see them. */
  timerSet(id: number, ms: number): void;
  /** Runs a timer's callback on the lane of the task that set it. */
  timerFire<T>(id: number, callback: () => T): T;
  timerClear(id: number): void;
  /** A console line was printed (its index in the run's output), by whichever task is on the thread. */
  log(line: number): void;
  /** The module failed (an error its top level did not catch). */
  moduleFailed(error: unknown): void;
}

const MAX_LABEL = 24;

/**
 * A value, very short, for a marker or a lane label. Reads no property, so no getter or
 * proxy trap of the program's can run.
 * @example shortValue('tick') // "'tick'"
 */
export function shortValue(value: unknown): string {
  let text: string;
  switch (typeof value) {
    case 'string': text = `'${value}'`; break;
    case 'number': case 'boolean': case 'undefined': case 'bigint': text = String(value) + (typeof value === 'bigint' ? 'n' : ''); break;
    case 'symbol': text = 'Symbol()'; break;
    case 'function': text = 'ƒ'; break;
    default: text = value === null ? 'null' : Array.isArray(value) ? '[…]' : '{…}';
  }
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

/** Runs a look at the program's values that a hostile proxy could make throw; never lets it throw. */
const safely = <T>(look: () => T, fallback: T): T => {
  try {
    return look();
  } catch {
    return fallback;
  }
};

const errorText = (error: unknown): string => safely(() => {
  if (error instanceof Error) {
    const own = (key: string) => {
      const d = Object.getOwnPropertyDescriptor(error, key) ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(error) ?? {}, key);
      return d && 'value' in d && typeof d.value === 'string' ? d.value : '';
    };
    return [own('name') || 'Error', own('message')].filter(Boolean).join(': ');
  }
  return shortValue(error);
}, 'Error');

/** A plain promise of this realm (no subclass, no own `then`): awaiting it takes no extra step. */
function isNativePromise(v: unknown): v is Promise<unknown> {
  if (typeof v !== 'object' || v === null) return false;
  try {
    return Object.getPrototypeOf(v) === Promise.prototype && !Object.getOwnPropertyDescriptor(v, 'then');
  } catch {
    return false; // a proxy's trap threw: not a plain promise
  }
}

const RUN = 0;
const WAIT = 1;
const DONE = 2;
const FOR_CONSUMER: WaitOn = Object.freeze({ kind: 'consumer' });
const FOR_PROMISE: WaitOn = Object.freeze({ kind: 'promise' });
const FOR_VALUE: WaitOn = Object.freeze({ kind: 'value' });

// The hooks run on every await and yield of the program, so they stay lean: task state in an
// array indexed by task, events built whole in one literal, no closure made per call.
export function createTracer({ now, record, maxEvents = Infinity, onLimit, patchGenerators = true }: TracerOptions): Tracer {
  let nextTask = 1;
  let recorded = 0;
  /** Set at the event limit: from then on every hook only hands its value back. */
  let off = false;
  /** Tasks on the thread, innermost last: a task's synchronous call of another pushes it. */
  const stack: number[] = [0];
  /** RUN, WAIT or DONE, by task. */
  const state: number[] = [RUN];
  const generators = new WeakMap<object, number>();
  /** The generator object whose body is about to start (set around its first `next()`). */
  let starting: object | undefined;
  /** Timers set by a task in its current running span: what its next `await` most likely waits for. */
  const spanTimers = new Map<number, number[]>();
  const timerOwner = new Map<number, number>();
  /** The task whose `for await` is asking for its next item, until a request or another task comes. */
  let asking = -1;

  const current = () => stack[stack.length - 1] ?? 0;
  /** Whether one more event may be recorded; reaching the limit switches the tracer off. */
  const room = () => {
    if (off) return false;
    if (++recorded <= maxEvents) return true;
    off = true;
    onLimit?.();
    return false;
  };
  const mark = (task: number, kind: 'run' | 'pause' | 'resolve') => {
    if (room()) record({ t: now(), task, kind });
  };

  /** Puts a task on the thread; the one it interrupts (a synchronous caller) pauses. */
  const enterThread = (task: number) => {
    const below = stack[stack.length - 1];
    if (below !== undefined && below !== task && state[below] === RUN) mark(below, 'pause');
    stack.push(task);
  };

  /** Takes a task off the thread; the caller below it, if any, runs again. */
  const leave = (task: number) => {
    const i = stack.lastIndexOf(task);
    if (i < 0) return;
    const wasTop = i === stack.length - 1;
    stack.splice(i, 1);
    const below = stack[stack.length - 1];
    if (wasTop && below !== undefined && state[below] === RUN) mark(below, 'run');
  };

  const resume = (task: number) => {
    asking = -1;
    if (state[task] !== WAIT) return;
    state[task] = RUN;
    enterThread(task);
    mark(task, 'run');
  };

  const suspend = (task: number, on: WaitOn) => {
    if (state[task] !== RUN) return;
    state[task] = WAIT;
    spanTimers.delete(task);
    if (room()) record({ t: now(), task, kind: 'wait', on });
    leave(task);
  };

  const waitOn = (task: number, value: unknown): WaitOn => {
    if (!isNativePromise(value)) return value !== null && (typeof value === 'object' || typeof value === 'function') ? FOR_PROMISE : FOR_VALUE;
    const timers = spanTimers.get(task);
    return timers?.length === 1 ? { kind: 'timer', ms: timers[0] } : FOR_PROMISE;
  };

  const hooks = {
    enter(name: string, args: unknown[], gen: number, via?: string): number {
      const id = gen && starting ? generators.get(starting)! : nextTask++;
      starting = undefined;
      asking = -1;
      state[id] = RUN;
      const parent = current();
      enterThread(id);
      if (room()) record({ t: now(), task: id, kind: 'task', name, args: args.map(shortValue), gen: Boolean(gen), parent, ...(via ? { via } : {}) });
      return id;
    },
    exit(task: number): void {
      if (state[task] === DONE) return;
      if (state[task] === WAIT) resume(task);
      state[task] = DONE;
      mark(task, 'resolve');
      leave(task);
    },
    fail(task: number, error: unknown): void {
      if (state[task] === WAIT) resume(task);
      state[task] = DONE;
      if (room()) record({ t: now(), task, kind: 'reject', error: errorText(error) });
      leave(task);
    },
    /**
     * Before an `await`: the task leaves the thread. Its `r` hook (or, when the awaited
     * promise rejects, the `r` opening its catch or finally, or its `fail`) brings it back.
     */
    s(task: number, value: unknown): unknown {
      if (!off) suspend(task, waitOn(task, value));
      return value;
    },
    /** After an `await` (or a `yield`): the task is back on the thread. */
    r(task: number, value: unknown): unknown {
      if (!off) resume(task);
      return value;
    },
    /** A `yield` in an async generator: the value goes out, the generator waits for its consumer. */
    y(task: number, value: unknown): unknown {
      if (off) return value;
      if (room()) record({ t: now(), task, kind: 'yield', value: shortValue(value) });
      suspend(task, FOR_CONSUMER);
      return value;
    },
    /** `yield*`: the generator hands its consumer's requests to another iterator. */
    d(task: number, iterable: unknown): unknown {
      if (!off) suspend(task, FOR_CONSUMER);
      return iterable;
    },
    /**
     * A `for await` is about to ask its iterator for an item, or to close it: the task
     * waits. The request it makes now, if it goes to one of the program's generators,
     * is the loop's (the lanes then say which generator the wait is for).
     */
    l(task: number): void {
      if (off) return;
      suspend(task, FOR_PROMISE);
      asking = task;
    },
  };

  // A consumer's requests to async generators, however they are made (a loop or a call).
  const proto = Object.getPrototypeOf(Object.getPrototypeOf((async function* () {})())) as Record<string, Function>;
  for (const kind of patchGenerators ? (['next', 'return', 'throw'] as const) : []) {
    const original = proto[kind];
    // One parameter, as the originals have: the three methods read only their first argument.
    const request = function (this: object, value: unknown) {
      if (off) return original.call(this, value);
      let id = generators.get(this);
      const first = id === undefined;
      if (first) generators.set(this, (id = nextTask++));
      const by = asking >= 0 ? asking : current();
      asking = -1;
      if (room()) record({ t: now(), task: by, kind, target: id! });
      if (!first || kind !== 'next') return original.call(this, value);
      starting = this;
      try {
        return original.call(this, value);
      } finally {
        starting = undefined;
      }
    };
    Object.defineProperty(request, 'name', { value: kind });
    Object.defineProperty(proto, kind, { configurable: true, writable: true, value: request });
  }

  return {
    hooks,
    current,
    timerSet(id, ms) {
      const task = current();
      const delay = Math.max(0, Number(ms) || 0);
      timerOwner.set(id, task);
      const list = spanTimers.get(task);
      if (list) list.push(delay);
      else spanTimers.set(task, [delay]);
      if (room()) record({ t: now(), task, kind: 'timer', id, phase: 'set', ms: delay });
    },
    timerFire(id, callback) {
      const task = timerOwner.get(id) ?? 0;
      asking = -1;
      if (room()) record({ t: now(), task, kind: 'timer', id, phase: 'fire', ms: 0 });
      enterThread(task);
      try {
        return callback();
      } finally {
        leave(task);
      }
    },
    timerClear(id) {
      const task = timerOwner.get(id);
      if (task === undefined) return;
      timerOwner.delete(id);
      if (room()) record({ t: now(), task, kind: 'timer', id, phase: 'clear', ms: 0 });
    },
    log(line) {
      if (room()) record({ t: now(), task: current(), kind: 'log', line });
    },
    moduleFailed(error) {
      hooks.fail(0, error);
    },
  };
}

interface TimerScope {
  setTimeout(handler: unknown, ms?: number, ...args: unknown[]): unknown;
  clearTimeout(id?: unknown): void;
  setInterval(handler: unknown, ms?: number, ...args: unknown[]): unknown;
  clearInterval(id?: unknown): void;
}

/** Wraps a scope's timer functions (whatever they already are) so the tracer sees each set, fire and clear. */
function traceTimers(tracer: Tracer, scope: TimerScope): void {
  const { setTimeout: set, setInterval: every, clearTimeout: clear, clearInterval: clearEvery } = scope;
  const start = (schedule: TimerScope['setTimeout']) => (handler: unknown, ms?: number, ...args: unknown[]) => {
    if (typeof handler !== 'function') return schedule.call(scope, handler, ms, ...args);
    const id = schedule.call(scope, () => tracer.timerFire(Number(id), () => handler(...args)), ms);
    tracer.timerSet(Number(id), Number(ms) || 0);
    return id;
  };
  const stop = (cancel: TimerScope['clearTimeout']) => (id?: unknown) => {
    if (id !== undefined) tracer.timerClear(Number(id));
    cancel.call(scope, id);
  };
  Object.assign(scope, { setTimeout: start(set), setInterval: start(every), clearTimeout: stop(clear), clearInterval: stop(clearEvery) });
}

/**
 * Runs every hook once on a throwaway tracer. The engine compiles a function on its first
 * call: done here, before a run starts its clock, that time does not land in the run.
 */
export function warmUpTracer(): void {
  const tracer = createTracer({ now: () => 0, record: () => {}, patchGenerators: false });
  const h = tracer.hooks;
  const task = h.enter('task', [1], 0) as number;
  h.s(task, Promise.resolve());
  h.r(task, undefined);
  h.l(task);
  h.r(task, undefined);
  h.exit(task);
  const gen = h.enter('gen', [], 1) as number;
  h.y(gen, 'value');
  h.r(gen, undefined);
  h.d(gen, []);
  h.fail(gen, new Error('warm-up'));
  tracer.timerSet(1, 10);
  tracer.timerFire(1, () => tracer.log(0));
  tracer.timerClear(1);
}

const passThrough = (_task: number, value: unknown) => value;

/**
 * Hooks that record nothing, for a run nobody is tracing (its timeline is closed): the
 * instrumented code runs at nearly its plain speed, and no built-in is patched.
 */
const dormantHooks: Tracer['hooks'] = { enter: () => 0, exit() {}, fail() {}, s: passThrough, r: passThrough, y: passThrough, d: passThrough, l() {} };

/** Makes the hooks reachable from instrumented code, and nothing else of the tracer. */
function installHooks(hooks: Tracer['hooks'], scope: object): void {
  Object.defineProperty(scope, HOOKS, { value: Object.freeze({ ...hooks }), configurable: false, enumerable: false, writable: false });
}

/**
 * Sets a run's scope up for instrumented code: with options, a tracer whose hooks that code
 * reaches and which sees the scope's timers (call it after any other timer wrappers, so a
 * traced callback runs on its task's lane); without (nobody looks), dormant hooks, and
 * nothing patched.
 */
export function startTracing(options: TracerOptions | undefined, scope: object = globalThis): Tracer | undefined {
  const tracer = options && createTracer(options);
  installHooks(tracer?.hooks ?? dormantHooks, scope);
  if (tracer) traceTimers(tracer, scope as TimerScope);
  return tracer;
}
