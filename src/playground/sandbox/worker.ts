/**
 * The run's worker: one per run, created by the sandbox frame and terminated by Stop.
 * It wraps the console and the timers, imports the example as a module, and reports
 * console lines and the run's end. Everything here runs before the example does, and
 * keeps what the example must not touch (the token, the real postMessage) in closures.
 */
import { currentFrames, format, inspect } from './error-format';
import type { ChecksCode, Entry, FrameToWorker, Level, RunInit, WorkerToFrame } from '../protocol';
import { createOutput, type Report } from './output';
import { formatDuration } from './format-duration';
import { renderTable } from './console-table';
import { createStackMapper } from './stack-map';
import { startTracing, warmUpTracer } from '../trace/runtime';
import { stripHooks } from '../trace/strip-hooks';
import { MAX_EVENTS } from '../trace/types';
import { describeThrown } from './describe-thrown';
import { installGuards } from './guards';
import { supportsUsing } from './using-support';
import { fill } from '../../i18n/fill';
import { setPromiseDetails } from 'node-inspect-extracted';
import { trackPromises } from './promise-state';
import { createHarness, type Harness } from '../exercise/harness';

/** The parts of a dedicated worker's global scope used here (the DOM lib types `self` as a Window). */
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<FrameToWorker>) => void): void;
  addEventListener(type: 'error', listener: (e: ErrorEvent) => void): void;
  addEventListener(type: 'unhandledrejection', listener: (e: PromiseRejectionEvent) => void): void;
  addEventListener(type: 'securitypolicyviolation', listener: (e: SecurityPolicyViolationEvent) => void): void;
  removeEventListener(type: 'message', listener: (e: MessageEvent<FrameToWorker>) => void): void;
  setTimeout(handler: () => void, ms?: number): number;
  clearTimeout(id?: number): void;
  setInterval(handler: () => void, ms?: number): number;
  clearInterval(id?: number): void;
  console: Console;
}
const self = globalThis as unknown as WorkerScope;

const post = self.postMessage.bind(self);
const realSetTimeout = self.setTimeout.bind(self);
const realClearTimeout = self.clearTimeout.bind(self);
const realSetInterval = self.setInterval.bind(self);
const realClearInterval = self.clearInterval.bind(self);
// Bound once: looking `performance` up on a worker's global costs more than the call itself,
// and the trace reads the clock on every await and yield.
const now: () => number = performance.now.bind(performance);
const START_MARK = '__playgroundStart';
const START_CALL = `globalThis.${START_MARK}?.();`;

// Off the run's clock: this worker boots as the spare, before any run asks for it. Formatting
// each kind of value once, running the trace's hooks once and sending a first message (the
// slow one: the channel to the frame is set up then; the frame ignores it, it has no run
// token) compile and open all that now, so a run's first lines and timers come sooner. In a
// task of its own, so a run that is already waiting (the page's first) is not held back.
const warmUp = realSetTimeout(() => {
  format('%s %d %o', 'x', 1, { a: [1, 'b'] }, ['A', 'B'], new Map([[1, { b: 2 }]]), new Set([1]), null, undefined, 1n, () => 0, Symbol('s'), new Error('warm'));
  warmUpTracer();
  post({ type: 'boot' });
}, 0);

self.addEventListener('message', function onInit(e) {
  if (e.data?.type !== 'init') return;
  self.removeEventListener('message', onInit);
  realClearTimeout(warmUp);
  start(e.data);
});

function start(init: RunInit): void {
  const { token, runId, filename } = init;
  const send = (msg: Report) => post({ ...msg, token, runId } as WorkerToFrame);
  const mapStack = createStackMapper(init.map, filename, START_CALL.length);

  // ---- output, batched and capped (shared with the Python worker) ---------------
  let t0 = now();
  const output = createOutput({
    send,
    clock: () => now() - t0,
    setTimeout: realSetTimeout,
    clearTimeout: realClearTimeout,
    transform: (text) => stripHooks(mapStack(text)),
    onLine: (index) => tracer?.log(index),
  });
  const { emit, end } = output;

  // ---- console -------------------------------------------------------------------
  let indent = '';
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();
  const write = (level: Level, text: string, extra: Partial<Entry> = {}) =>
    emit({ level, text: indent ? text.replace(/^/gm, indent) : text, ...extra });
  // Formatting runs example code (a Proxy's traps, inspect hooks). If that throws, the
  // line says so: the example only asked to print, and Node, which sees through proxies
  // without calling their traps, would have printed.
  const printable = (make: () => string): string => {
    try {
      return make();
    } catch (err) {
      return fill(init.messages.formatFailed, { error: describeThrown(err) });
    }
  };
  const show = (...args: unknown[]) => printable(() => format(...args));
  const say = (level: Level) => (...args: unknown[]) => write(level, show(...args));

  const timeLabel = (label: unknown) => (label === undefined ? 'default' : String(label));
  const console: Partial<Console> = {
    log: say('log'),
    info: say('info'),
    debug: say('debug'),
    warn: say('warn'),
    error: say('error'),
    dir: (value: unknown, options?: object) => write('log', printable(() => inspect(value, { customInspect: false, ...options }))),
    dirxml: say('log'),
    table: (data: unknown, columns?: string[]) => write('log', printable(() => renderTable(data, columns) ?? format(data))),
    trace: (...args: unknown[]) => {
      // The sandbox's own frames (this one among them) are dropped by the stack mapper.
      const stack = currentFrames();
      write('trace', `Trace${args.length ? `: ${show(...args)}` : ''}\n${stack}`);
    },
    assert: (condition?: unknown, ...args: unknown[]) => {
      if (condition) return;
      if (typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
      else args.unshift('Assertion failed');
      write('error', show(...args));
    },
    group: (...label: unknown[]) => {
      if (label.length) write('log', show(...label));
      indent += '  ';
    },
    groupCollapsed: (...label: unknown[]) => console.group!(...label),
    groupEnd: () => { indent = indent.slice(2); },
    count: (label?: unknown) => {
      const key = timeLabel(label);
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      write('info', `${key}: ${n}`);
    },
    countReset: (label?: unknown) => {
      const key = timeLabel(label);
      if (counts.has(key)) counts.set(key, 0);
      // Node's process warning, without the "(node:PID)" it prefixes on stderr.
      else write('warn', `Warning: Count for '${key}' does not exist`);
    },
    time: (label?: unknown) => {
      const key = timeLabel(label);
      if (timers.has(key)) write('warn', `Warning: Label '${key}' already exists for console.time()`);
      else timers.set(key, now());
    },
    timeLog: (label?: unknown, ...data: unknown[]) => {
      const key = timeLabel(label);
      const started = timers.get(key);
      if (started === undefined) return write('warn', `Warning: No such label '${key}' for console.timeLog()`);
      write('info', [`${key}: ${formatDuration(now() - started)}`, ...(data.length ? [show(...data)] : [])].join(' '));
    },
    timeEnd: (label?: unknown) => {
      const key = timeLabel(label);
      const started = timers.get(key);
      if (started === undefined) return write('warn', `Warning: No such label '${key}' for console.timeEnd()`);
      timers.delete(key);
      const ms = now() - started;
      write('info', `${key}: ${formatDuration(ms)}`, { timer: { label: key, ms } });
    },
    clear: () => {},
  };
  for (const [name, fn] of Object.entries(console)) {
    Object.defineProperty(self.console, name, { value: fn, configurable: true, writable: true });
  }

  // ---- timers: a run is over when the module settled and none is pending ----------
  // Each pending timer's id, and when it is due (ms from the start): the watchdog asks.
  const pending = new Map<number, number>();
  const due = (ms?: number) => now() - t0 + Math.max(0, Number(ms) || 0);
  let settled = false;
  const checkDone = () => {
    if (!settled || pending.size || output.ended) return;
    const at = now() - t0;
    // Two task hops: the last callback's microtasks may schedule more work, and the
    // browser reports unhandled rejections in a task of its own after them.
    realSetTimeout(() => realSetTimeout(() => { if (!pending.size) end('done', at); }, 0), 0);
  };
  const wrap = (fn: unknown, args: unknown[], after: () => void) => () => {
    try {
      if (typeof fn === 'function') fn(...args);
    } finally {
      after();
    }
  };
  Object.assign(self, {
    setTimeout(fn: unknown, ms?: number, ...args: unknown[]) {
      const id: number = realSetTimeout(wrap(fn, args, () => { pending.delete(id); checkDone(); }), ms);
      pending.set(id, due(ms));
      return id;
    },
    clearTimeout(id?: number) {
      if (id === undefined) return;
      realClearTimeout(id);
      if (pending.delete(id)) checkDone();
    },
    setInterval(fn: unknown, ms?: number, ...args: unknown[]) {
      const id: number = realSetInterval(wrap(fn, args, () => { if (pending.has(id)) pending.set(id, due(ms)); }), ms);
      pending.set(id, due(ms));
      return id;
    },
    clearInterval(id?: number) {
      if (id === undefined) return;
      realClearInterval(id);
      if (pending.delete(id)) checkDone();
    },
  });
  // ---- the trace, for the timeline: batched with the lines, capped like them -------
  // Recorded only when the page asks (its timeline is open): a closed timeline costs nothing.
  // After the pending-timer wrappers: a traced timer's callback runs on its task's lane.
  // An exercise's check run (see exercise/harness.ts) is always traced: checks may read the trace.
  const harness = init.checks && createHarness({
    scope: self,
    now: () => now() - t0,
    setTimeout: realSetTimeout,
    clearTimeout: (id) => realClearTimeout(id as number),
    show: (value) => printable(() => inspect(value, { depth: 8 })),
    describe: describeThrown,
    report: (index, outcome) => send({ type: 'check', index, outcome }),
    ignore: [START_MARK],
  });
  const tracer = startTracing(init.trace || harness ? {
    now: () => now() - t0,
    record: harness ? (e) => { output.record(e); harness.event(e); } : output.record,
    maxEvents: MAX_EVENTS,
    onLimit: () => send({ type: 'trace-truncated', maxEvents: MAX_EVENTS }),
  } : undefined, self);
  // Whatever the timeline: a promise prints its state, as in Node, where the sandbox saw it made.
  setPromiseDetails(trackPromises().details);

  // ---- errors the example did not catch: fatal, as in Node ------------------------
  // Above the error, the line of TypeScript it points at: its first frame in the example,
  // or, for a thrown value that has no stack, where the browser says it was thrown.
  const printUncaught = (reason: unknown, kind: 'error' | 'rejection', thrownAt = '') => {
    const text = inspect(reason);
    const source = mapStack.sourceLine(text) ?? mapStack.sourceLine(thrownAt);
    emit({ level: 'error', text, uncaught: kind, ...(source && { source }) });
  };
  // During a check, the check fails and the run goes on to the next one.
  const fail = (reason: unknown, kind: 'error' | 'rejection', thrownAt = '') => {
    printUncaught(reason, kind, thrownAt);
    if (!harness?.uncaught(reason, kind === 'rejection')) end('error');
  };
  self.addEventListener('error', (e) => {
    e.preventDefault();
    fail(e.error ?? e.message, 'error', `${e.filename}:${e.lineno}:${e.colno}`);
  });
  self.addEventListener('unhandledrejection', (e) => {
    e.preventDefault();
    fail(e.reason, 'rejection');
  });

  // The sandbox has no parent page: say so instead of letting example code post, and
  // keep the worker alive so the run can still end properly.
  const ignored = (text: string) => ({ value: () => write('warn', text), configurable: false, writable: false });
  Object.defineProperty(self, 'postMessage', ignored(init.messages.postMessageIgnored));
  Object.defineProperty(self, 'close', ignored(init.messages.closeIgnored));
  installGuards(self, init.messages, (text) => write('warn', text));

  // The watchdog asks, before it stops a run, whether timers are what keep it going.
  self.addEventListener('message', (e) => {
    if (e.data?.type !== 'pending') return;
    let next = Infinity;
    for (const at of pending.values()) next = Math.min(next, at);
    send({ type: 'pending', timers: pending.size, ...(pending.size && { next }) });
  });

  // ---- run -------------------------------------------------------------------------
  // Time starts when the module starts evaluating, not when the browser starts fetching
  // and compiling it: a one-shot marker prepended on line 1 (the stack mapper knows).
  Object.defineProperty(self, START_MARK, {
    configurable: true,
    value: () => {
      t0 = now();
      delete (self as unknown as Record<string, unknown>)[START_MARK];
    },
  });
  const url = URL.createObjectURL(new Blob([`${START_CALL}${init.js}\n//# sourceURL=${filename}`], { type: 'text/javascript' }));
  mapStack.setUrl(url);
  t0 = now();
  const moduleFailed = (err: unknown) => {
    tracer?.moduleFailed(err);
    fail(err, 'error');
  };
  // A check run ends when its checks have: the module's timers do not keep it going.
  const runChecks = (checks: ChecksCode, harness: Harness) => {
    const checksUrl = URL.createObjectURL(new Blob([checks.js], { type: 'text/javascript' }));
    const loadModule = () => import(/* @vite-ignore */ url).catch((err: unknown) => {
      tracer?.moduleFailed(err);
      printUncaught(err, 'error');
      throw err;
    });
    return harness.run(() => import(/* @vite-ignore */ checksUrl), loadModule).then(() => end('done'), moduleFailed);
  };
  const run = () => init.checks && harness ? runChecks(init.checks, harness) : import(/* @vite-ignore */ url).then(
    () => { settled = true; checkDone(); },
    moduleFailed,
  );
  if (!init.using) void run();
  else void supportsUsing(init.using).then((ok) => {
    if (ok) return run();
    emit({ level: 'error', text: init.messages.usingUnsupported });
    end('error');
  });
}
