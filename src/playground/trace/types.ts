/**
 * A run's trace: what the sandbox records about its tasks, sent to the page in the same
 * batches as console lines. Task 0 is the module's top level; every call of an async
 * function and every async-generator object gets a number of its own.
 */

/**
 * What a suspended task waits for, as far as the runtime can tell at the `await`. The
 * Python tracer also knows when it is another task (awaited directly) or a Queue's get or put.
 */
export type WaitOn =
  | { kind: 'timer'; ms: number }
  | { kind: 'consumer' }
  | { kind: 'promise' }
  | { kind: 'value' }
  | { kind: 'task'; target: number }
  | { kind: 'queue'; op: 'get' | 'put' };

interface At {
  /** Milliseconds from the run's start. */
  t: number;
  task: number;
}

export type TraceEvent = At &
  (
    /** `via`: for a function without a name, the function it was handed to (`map` in `xs.map(async () => …)`). */
    | { kind: 'task'; name: string; args: string[]; gen: boolean; parent: number; via?: string }
    | { kind: 'run' }
    /** The task called another one synchronously: it is on the stack, but not the one running. */
    | { kind: 'pause' }
    | { kind: 'wait'; on: WaitOn }
    | { kind: 'yield'; value: string }
    | { kind: 'next' | 'return' | 'throw'; target: number }
    | { kind: 'resolve' }
    | { kind: 'reject'; error: string }
    | { kind: 'timer'; id: number; phase: 'set' | 'fire' | 'clear'; ms: number }
    | { kind: 'log'; line: number }
  );

export type TraceKind = TraceEvent['kind'];

/** The global through which instrumented code reaches the trace runtime. */
export const HOOKS = '__ag';

/** The global through which instrumented code tells the sandbox which promises it makes (sandbox/promise-state.ts). */
export const PROMISE_HOOKS = '__agp';

/** Past this many events a run stops recording (the run itself goes on) and says so. */
export const MAX_EVENTS = 20_000;
