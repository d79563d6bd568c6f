/**
 * Promise states for the console. Node prints `Promise { 5 }`, `Promise { <pending> }` or
 * `Promise { <rejected> Error: … }`, reading the state from the engine; a script cannot
 * read it, so this module keeps the state of every promise it sees made:
 *
 * - `Promise.resolve`, `reject`, `withResolvers`, `try`, `all`, `allSettled`, `any`, `race`
 *   and `then` (and so `catch` and `finally`, which call `then`) are replaced by versions
 *   that make their promise here, with resolving functions that record what they settle it with;
 * - `new Promise(executor)` in the program's code, and the promise of a call of one of its
 *   named async functions, reach it through hooks the instrumentation adds (trace/promise-sites.ts).
 *
 * The program must not notice: no promise of its gets a reaction it did not ask for (that
 * would hide an unhandled rejection), and every promise settles on the same microtask as
 * before. So resolving a promise with a thenable is done here the way the language does
 * it (look `then` up now, call it in a microtask of its own), and the promise is settled
 * through the engine's own resolving functions with a plain value or a reason.
 */
import type { PromiseDetails } from 'node-inspect-extracted';
import { PROMISE_HOOKS } from '../trace/types';

export type PromiseState = 'pending' | 'fulfilled' | 'rejected';

/** What the tracker keeps per promise: its state, and its value or reason once settled. */
interface Slot {
  state: PromiseState;
  value?: unknown;
}

/** A call of a named async function, from its body's start until a call site claims its promise. */
interface AsyncCall extends Slot {
  name: string;
  returned?: unknown;
  threw?: boolean;
  error?: unknown;
}

interface Capability {
  promise: Promise<unknown>;
  resolve: (value?: unknown) => void;
  reject: (reason?: unknown) => void;
}

/** The hooks instrumented code calls through `globalThis.__agp`. */
export interface PromiseHooks {
  /** `new Promise(px(executor))`: the executor, given resolving functions that record. */
  px(executor: unknown): unknown;
  /** `np(new Promise(…))`: the promise just made, tied to what its executor recorded. */
  np<T>(promise: T): T;
  /** At the start of a named async function's body. */
  ae(name: string): AsyncCall;
  /** `return ar(call, value)` in that body. */
  ar<T>(call: AsyncCall, value: T): T;
  /** The body threw. */
  at(call: AsyncCall, error: unknown): void;
  /** The body finished (its outermost `finally`): its promise settles now. */
  af(call: AsyncCall): void;
  /** Before a call of a name some async function has: where the calls made from here start. */
  c(): number;
  /** `ap(c(), name(…), "name")`: the call's result, tied to the body it started if there was one. */
  ap<T>(mark: number, result: T, name: string): T;
}

export interface PromiseTracker {
  /** The state of `promise` as far as it was seen, or undefined for one made out of sight. */
  details(promise: object): PromiseDetails | undefined;
  hooks: PromiseHooks;
}

interface PromiseScope {
  Promise: PromiseConstructor;
  queueMicrotask(callback: () => void): void;
}

const isObject = (value: unknown): value is object => (typeof value === 'object' && value !== null) || typeof value === 'function';

// The resolving functions the language hands out have no name: so do these (a function
// written straight into a `const` would be named after it).
const unnamed = <F extends Function>(fn: F): F => fn;

type Then = { kind: 'none' } | { kind: 'function'; then: Function } | { kind: 'unknown' };

/**
 * How `value` would resolve a promise, read from property descriptors so that no getter of
 * the program's runs (the engine reads `then` once; a second read could be seen).
 */
function thenOf(value: unknown): Then {
  if (!isObject(value)) return { kind: 'none' };
  try {
    for (let o: object | null = value; o; o = Object.getPrototypeOf(o)) {
      const d = Object.getOwnPropertyDescriptor(o, 'then');
      if (!d) continue;
      if (!('value' in d)) return { kind: 'unknown' };
      return typeof d.value === 'function' ? { kind: 'function', then: d.value } : { kind: 'none' };
    }
    return { kind: 'none' };
  } catch {
    return { kind: 'unknown' }; // a proxy's trap threw
  }
}

/**
 * Starts tracking the promises made in `scope` (a run's worker): call it before the
 * program runs. It patches `scope.Promise`'s statics and `then`, and defines the hooks global.
 */
export function trackPromises(scope: PromiseScope = globalThis as unknown as PromiseScope): PromiseTracker {
  const Native = scope.Promise;
  const proto = Native.prototype;
  const nativeThen = proto.then;
  const queue = scope.queueMicrotask.bind(scope);
  const states = new WeakMap<object, Slot>();

  const settle = (slot: Slot, state: PromiseState, value: unknown) => {
    slot.state = state;
    slot.value = value;
  };

  /** The language's "promise resolve functions", settling through the engine's `resolve` and `reject`. */
  const resolvingFunctions = (slot: Slot, resolve: (v: unknown) => void, reject: (r: unknown) => void) => {
    let done = false;
    const onResolve = unnamed((value: unknown) => {
      if (done) return;
      done = true;
      resolveWith(slot, resolve, reject, value);
    });
    const onReject = unnamed((reason: unknown) => {
      if (done) return;
      done = true;
      settle(slot, 'rejected', reason);
      reject(reason);
    });
    return [onResolve, onReject] as const;
  };

  const resolveWith = (slot: Slot, resolve: (v: unknown) => void, reject: (r: unknown) => void, value: unknown) => {
    const then = states.get(value as object) === slot ? { kind: 'unknown' as const } : thenOf(value);
    if (then.kind === 'none') {
      settle(slot, 'fulfilled', value);
      resolve(value);
    } else if (then.kind === 'unknown') {
      // A `then` getter, or the promise resolved with itself: the engine decides, unseen.
      resolve(value);
    } else {
      // As the language does it: `then` is called in a job of its own, with fresh resolving functions.
      queue(() => {
        const [onResolve, onReject] = resolvingFunctions(slot, resolve, reject);
        try {
          then.then.call(value, onResolve, onReject);
        } catch (err) {
          onReject(err);
        }
      });
    }
  };

  const capability = (): Capability => {
    let resolve!: (v: unknown) => void;
    let reject!: (r: unknown) => void;
    const promise = new Native((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const slot: Slot = { state: 'pending' };
    states.set(promise, slot);
    const [onResolve, onReject] = resolvingFunctions(slot, resolve, reject);
    return { promise, resolve: onResolve, reject: onReject };
  };

  /** A promise reached a reaction: it is settled, whether or not it was seen being made. */
  const learn = (promise: object, state: PromiseState, value: unknown) => {
    const slot = states.get(promise);
    if (!slot) states.set(promise, { state, value });
    else if (slot.state === 'pending') settle(slot, state, value);
  };

  /** `Promise.resolve` for the native constructor (the spec's PromiseResolve). */
  const promiseResolve = (value: unknown): Promise<unknown> => {
    let own = false;
    try {
      own = isObject(value) && Object.getPrototypeOf(value) === proto && (value as { constructor?: unknown }).constructor === Native;
    } catch {
      /* a proxy's trap threw: not one of ours */
    }
    // The original returns the promise itself (and wraps a look-alike that is none).
    if (own) return original('resolve').call(Native, value) as Promise<unknown>;
    const c = capability();
    c.resolve(value);
    return c.promise;
  };

  /**
   * A constructor whose promises are tracked, for the statics that make theirs through
   * `this` (NewPromiseCapability): `Promise.all.call(Tracked, …)` is `Promise.all(…)`, tracked.
   */
  function Tracked(this: unknown, executor: (resolve: (v: unknown) => void, reject: (r: unknown) => void) => void) {
    const c = capability();
    executor(c.resolve, c.reject);
    return c.promise;
  }
  // The combinators resolve each item through `C.resolve`.
  Object.defineProperty(Tracked, 'resolve', { value: promiseResolve });

  // Taken before they are replaced below.
  const originals = new Map(Object.entries(Object.getOwnPropertyDescriptors(Native)).map(([key, d]) => [key, d.value]));
  const original = (key: string) => originals.get(key) as (...args: unknown[]) => unknown;
  const statics: Record<string, Function> = {
    resolve(this: unknown, value: unknown) {
      return this === Native ? promiseResolve(value) : original('resolve').call(this, value);
    },
    reject(this: unknown, reason: unknown) {
      if (this !== Native) return original('reject').call(this, reason);
      const c = capability();
      c.reject(reason);
      return c.promise;
    },
    withResolvers(this: unknown) {
      if (this !== Native) return original('withResolvers').call(this);
      const { promise, resolve, reject } = capability();
      return { promise, resolve, reject };
    },
  };
  for (const key of ['all', 'allSettled', 'any', 'race'] as const) {
    // Methods of an object literal: the name and length the originals have.
    statics[key] = {
      [key](this: unknown, iterable: unknown) {
        return original(key).call(this === Native ? Tracked : this, iterable);
      },
    }[key];
  }
  statics.try = {
    try(this: unknown, callback: unknown, ...args: unknown[]) {
      return original('try').call(this === Native ? Tracked : this, callback, ...args);
    },
  }.try;

  for (const [key, fn] of Object.entries(statics)) {
    const d = Object.getOwnPropertyDescriptor(Native, key);
    if (d && typeof d.value === 'function') Object.defineProperty(Native, key, { ...d, value: fn });
  }

  /** Whether `then` on `promise` would make a plain promise (no subclass, no species of its own). */
  const plain = (promise: unknown): boolean => {
    if (!isObject(promise)) return false;
    try {
      return (promise as { constructor?: unknown }).constructor === Native && (Native as unknown as Record<symbol, unknown>)[Symbol.species] === Native;
    } catch {
      return false;
    }
  };

  const react = (derived: Capability, handler: unknown, argument: unknown, rejected: boolean) => {
    if (typeof handler !== 'function') return rejected ? derived.reject(argument) : derived.resolve(argument);
    let result: unknown;
    try {
      result = handler(argument);
    } catch (err) {
      return derived.reject(err);
    }
    derived.resolve(result);
  };

  const then = {
    then(this: Promise<unknown>, onFulfilled?: unknown, onRejected?: unknown) {
      if (!plain(this)) return nativeThen.call(this, onFulfilled as never, onRejected as never);
      let derived!: Capability;
      // The reactions never throw, so the promise the native `then` makes (dropped here) never rejects.
      nativeThen.call(
        this,
        unnamed((value: unknown) => {
          learn(this, 'fulfilled', value);
          react(derived, onFulfilled, value, false);
        }),
        unnamed((reason: unknown) => {
          learn(this, 'rejected', reason);
          react(derived, onRejected, reason, true);
        }),
      );
      derived = capability();
      return derived.promise;
    },
  }.then;
  Object.defineProperty(proto, 'then', { ...Object.getOwnPropertyDescriptor(proto, 'then'), value: then });

  // ---- hooks for instrumented code ----------------------------------------------
  /** The slot the executor that just ran filled, for `np` to tie to its promise. */
  let made: Slot | undefined;
  /** Bodies of named async functions started and not yet claimed by a call site, innermost last. */
  const calls: AsyncCall[] = [];
  let cleanup = false;

  const hooks: PromiseHooks = {
    px(executor) {
      made = undefined;
      if (typeof executor !== 'function') return executor; // the constructor throws its own TypeError
      return function (resolve: (v: unknown) => void, reject: (r: unknown) => void) {
        const slot: Slot = { state: 'pending' };
        const [onResolve, onReject] = resolvingFunctions(slot, resolve, reject);
        try {
          executor(onResolve, onReject);
        } catch (err) {
          // What the constructor does with an executor's exception (and, like it, only once).
          onReject(err);
        } finally {
          made = slot;
        }
      };
    },
    np(promise) {
      if (made && isObject(promise)) states.set(promise, made);
      made = undefined;
      return promise;
    },
    ae(name) {
      const call: AsyncCall = { state: 'pending', name };
      calls.push(call);
      // A call site claims its call's body before the job it runs in ends; what is left
      // then (a function handed to map or setTimeout) has no site that will.
      if (!cleanup) {
        cleanup = true;
        queue(() => {
          cleanup = false;
          calls.length = 0;
        });
      }
      return call;
    },
    ar(call, value) {
      call.returned = value;
      return value;
    },
    at(call, error) {
      call.threw = true;
      call.error = error;
    },
    af(call) {
      if (call.threw) settle(call, 'rejected', call.error);
      else if (thenOf(call.returned).kind === 'none') settle(call, 'fulfilled', call.returned);
      // A thenable returned: the engine adopts it, out of sight; the call stays pending here.
    },
    c: () => calls.length,
    ap(mark, result, name) {
      const call = calls.length > mark ? calls[mark] : undefined;
      if (calls.length > mark) calls.length = mark;
      if (call?.name === name && isObject(result) && !states.has(result)) states.set(result, call);
      return result;
    },
  };
  Object.defineProperty(scope, PROMISE_HOOKS, { value: Object.freeze(hooks), configurable: false, enumerable: false, writable: false });

  return {
    details: (promise) => {
      const slot = states.get(promise);
      if (!slot) return undefined;
      return slot.state === 'pending' ? { state: 'pending' } : { state: slot.state, value: slot.value };
    },
    hooks,
  };
}
