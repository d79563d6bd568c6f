/**
 * The hooks that instrumented code calls (see instrument.ts), and the bookkeeping behind
 * them: which task is on the thread now, which one waits and for what. Every hook returns
 * what it was given and adds no step to the program's promise chains; the one promise
 * reaction it adds (to see the moment an awaited native promise settles) runs just before
 * the `await` it watches resumes, so no other job can come between them.
 */
import { HOOKS, type TraceEvent, type WaitOn } from './types';

export interface TracerOptions {
  now: () => number;
  record: (event: TraceEvent) => void;
  /** Past this many events the tracer records nothing more and its hooks cost next to nothing. */
  maxEvents?: number;
  /** Called once, when `maxEvents` is reached. */
  onLimit?: () => void;
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

const nativeThen = Promise.prototype.then;
/** A plain promise of this realm (no subclass, no own `then`): awaiting it takes no extra step. */
const isNativePromise = (v: unknown): v is Promise<unknown> =>
  typeof v === 'object' && v !== null &&
  safely(() => Object.getPrototypeOf(v) === Promise.prototype && !Object.getOwnPropertyDescriptor(v, 'then'), false);

export function createTracer({ now, record, maxEvents = Infinity, onLimit }: TracerOptions): Tracer {
  let nextTask = 1;
  let recorded = 0;
  /** Set at the event limit: from then on every hook only hands its value back. */
  let off = false;
  /** Tasks on the thread, innermost last: a task's synchronous call of another pushes it. */
  const stack: number[] = [0];
  const state = new Map<number, 'run' | 'wait' | 'done'>([[0, 'run']]);
  const generators = new WeakMap<object, number>();
  /** The generator object whose body is about to start (set around its first `next()`). */
  let starting: object | undefined;
  /** Timers set by a task in its current running span: what its next `await` most likely waits for. */
  const spanTimers = new Map<number, number[]>();
  const timerOwner = new Map<number, number>();

  const current = () => stack[stack.length - 1] ?? 0;
  const push = (e: Record<string, unknown> & { kind: TraceEvent['kind'] }, task = current()) => {
    if (off) return;
    if (++recorded > maxEvents) {
      off = true;
      onLimit?.();
      return;
    }
    e.t = now();
    e.task = task;
    record(e as unknown as TraceEvent);
  };

  /** Puts a task on the thread; the one it interrupts (a synchronous caller) pauses. */
  const enterThread = (task: number) => {
    const below = current();
    if (stack.length && below !== task && state.get(below) === 'run') push({ kind: 'pause' }, below);
    stack.push(task);
  };

  /** Takes a task off the thread; the caller below it, if any, runs again. */
  const leave = (task: number) => {
    const i = stack.lastIndexOf(task);
    if (i < 0) return;
    const wasTop = i === stack.length - 1;
    stack.splice(i, 1);
    const below = current();
    if (wasTop && stack.length && state.get(below) === 'run') push({ kind: 'run' }, below);
  };

  const resume = (task: number) => {
    if (state.get(task) !== 'wait') return;
    state.set(task, 'run');
    enterThread(task);
    push({ kind: 'run' }, task);
  };

  const suspend = (task: number, on: WaitOn) => {
    if (state.get(task) !== 'run') return;
    state.set(task, 'wait');
    spanTimers.delete(task);
    push({ kind: 'wait', on }, task);
    leave(task);
  };

  const waitOn = (task: number, value: unknown): WaitOn => {
    if (!isNativePromise(value)) return { kind: value !== null && (typeof value === 'object' || typeof value === 'function') ? 'promise' : 'value' };
    const timers = spanTimers.get(task);
    return timers?.length === 1 ? { kind: 'timer', ms: timers[0] } : { kind: 'promise' };
  };

  const watch = (task: number, value: unknown) => {
    if (isNativePromise(value)) nativeThen.call(value, () => resume(task), () => resume(task));
  };

  const hooks = {
    enter(name: string, args: unknown[], gen: number): number {
      const id = gen && starting ? generators.get(starting)! : nextTask++;
      starting = undefined;
      state.set(id, 'run');
      const parent = current();
      enterThread(id);
      push({ kind: 'task', name, args: args.map(shortValue), gen: Boolean(gen), parent }, id);
      return id;
    },
    exit(task: number): void {
      if (state.get(task) === 'done') return;
      if (state.get(task) === 'wait') resume(task);
      state.set(task, 'done');
      push({ kind: 'resolve' }, task);
      leave(task);
    },
    fail(task: number, error: unknown): void {
      if (state.get(task) === 'wait') resume(task);
      state.set(task, 'done');
      push({ kind: 'reject', error: errorText(error) }, task);
      leave(task);
    },
    /** Before an `await`: the task leaves the thread. */
    s(task: number, value: unknown): unknown {
      if (off) return value;
      suspend(task, waitOn(task, value));
      watch(task, value);
      return value;
    },
    /** After an `await` (or a `yield`): the task is back on the thread. */
    r(task: number, value: unknown): unknown {
      if (off) return value;
      resume(task);
      return value;
    },
    /** A `yield` in an async generator: the value goes out, the generator waits for its consumer. */
    y(task: number, value: unknown): unknown {
      if (off) return value;
      push({ kind: 'yield', value: shortValue(value) }, task);
      suspend(task, { kind: 'consumer' });
      return value;
    },
    /** `yield*`: the generator hands its consumer's requests to another iterator. */
    d(task: number, iterable: unknown): unknown {
      suspend(task, { kind: 'consumer' });
      return iterable;
    },
    /** The iterable of a `for await`: its `next()` requests make the loop's task wait. */
    fa(task: number, iterable: unknown): unknown {
      if (off) return iterable;
      const open = iterable != null ? (iterable as Record<symbol, unknown>)[Symbol.asyncIterator] : undefined;
      if (typeof open !== 'function') return iterable;
      const iterator = open.call(iterable) as AsyncIterator<unknown>;
      const next = iterator !== null && typeof iterator === 'object' ? iterator.next : undefined;
      // Not an iterator: hand the loop the iterable itself, so the engine throws (and words)
      // its own TypeError. The loop then asks for the iterator once more: a broken
      // [Symbol.asyncIterator]() runs twice, and the loop fails right after either way.
      if (typeof next !== 'function') return iterable;
      const proxy: AsyncIterator<unknown> = {
        next(...args: [] | [unknown]) {
          const p = next.apply(iterator, args);
          if (off) return p;
          const target = generators.get(iterator);
          suspend(task, target ? { kind: 'next', target } : waitOn(task, p));
          watch(task, p);
          return p;
        },
      };
      // The loop looks `return` up only when it closes; present it only if the iterator has one.
      Object.defineProperty(proxy, 'return', {
        get: () => {
          const fn = iterator.return;
          return typeof fn === 'function' ? (value?: unknown) => fn.call(iterator, value) : fn;
        },
      });
      return { [Symbol.asyncIterator]: () => proxy };
    },
  };

  // A consumer's requests to async generators, however they are made (a loop or a call).
  const proto = Object.getPrototypeOf(Object.getPrototypeOf((async function* () {})())) as Record<string, Function>;
  for (const kind of ['next', 'return', 'throw'] as const) {
    const original = proto[kind];
    Object.defineProperty(proto, kind, {
      configurable: true,
      writable: true,
      value: function (this: object, ...args: unknown[]) {
        if (off) return original.apply(this, args);
        let id = generators.get(this);
        const first = id === undefined;
        if (first) generators.set(this, (id = nextTask++));
        push({ kind, target: id! });
        if (!first || kind !== 'next') return original.apply(this, args);
        starting = this;
        try {
          return original.apply(this, args);
        } finally {
          starting = undefined;
        }
      },
    });
  }

  return {
    hooks,
    current,
    timerSet(id, ms) {
      const task = current();
      timerOwner.set(id, task);
      const list = spanTimers.get(task) ?? [];
      list.push(Math.max(0, Number(ms) || 0));
      spanTimers.set(task, list);
      push({ kind: 'timer', id, phase: 'set', ms: Math.max(0, Number(ms) || 0) }, task);
    },
    timerFire(id, callback) {
      const task = timerOwner.get(id) ?? 0;
      push({ kind: 'timer', id, phase: 'fire', ms: 0 }, task);
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
      push({ kind: 'timer', id, phase: 'clear', ms: 0 }, task);
    },
    log(line) {
      push({ kind: 'log', line });
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
export function traceTimers(tracer: Tracer, scope: TimerScope): void {
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

/** Makes the hooks reachable from instrumented code, and nothing else of the tracer. */
export function installHooks(tracer: Tracer, scope: object = globalThis): void {
  Object.defineProperty(scope, HOOKS, { value: Object.freeze({ ...tracer.hooks }), configurable: false, enumerable: false, writable: false });
}
