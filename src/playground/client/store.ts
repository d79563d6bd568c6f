/**
 * One playground's state and behaviour, without DOM: the variants and the reader's code,
 * runs (their output lines and trace), Run all, Stop, the watchdog, the comparison data
 * and the history of runs. Views subscribe and draw; the sandbox and the compiler come in
 * as dependencies, so the store runs (and is tested) anywhere.
 */
import type { Entry, FrameToPage, SandboxMessages } from '../protocol';
import type { PendingTimers, startRun } from './sandbox-host';
import type { TraceEvent } from '../trace/types';
import type { CompileResult, Diagnostic } from '../editor/types';
import type { ExampleData, RunState, Strings } from './types';
import { uniqueLabels, type Measure } from '../output/compare';
import { formatBytes, formatElapsed, formatWait } from '../output/format';
import { fill } from '../../i18n/fill';

export const HISTORY_SIZE = 5;

/** The sandbox's notices: UI strings of the same names (the type makes this list complete). */
const SANDBOX_MESSAGES: Record<keyof SandboxMessages, true> = {
  postMessageIgnored: true,
  closeIgnored: true,
  usingUnsupported: true,
  workerRefused: true,
  networkRefused: true,
  formatFailed: true,
};
const WATCHDOG_TICK_MS = 250;

export interface RunHandle {
  stop(): void;
  /** The run's pending timers, asked by the watchdog; `undefined` when the run is too busy to answer. */
  pendingTimers(): Promise<PendingTimers | undefined>;
}

/** What a run needs besides its file name, the sandbox's notices and whether it is traced. */
type RunCode = Omit<Parameters<typeof startRun>[0], 'filename' | 'messages' | 'trace'>;

export interface StoreDeps {
  strings: Strings;
  startRun(code: Parameters<typeof startRun>[0], onMessage: (msg: FrameToPage) => void): Promise<RunHandle>;
  /** Compiles edited code (TypeScript's emit, instrumented for the trace). */
  compile(source: string, filename: string): Promise<CompileResult>;
  /** The watchdog's limit: a run still going then is stopped. */
  watchdogMs: number;
}

/** One run as the output shows it. */
export interface RunRecord {
  variant: number;
  label: string;
  edited: boolean;
  entries: Entry[];
  events: TraceEvent[];
  status: RunState;
  elapsed: number;
  /** Whether the run recorded a trace (runs start traced while someone may look at it). */
  traced: boolean;
  traceTruncated: boolean;
}

export interface HistoryItem {
  label: string;
  edited: boolean;
  status: RunState;
  elapsed: number;
}

export type Notice = { text: string; level: 'info' | 'warn' | 'error' };

export type StoreEvent =
  | { type: 'state'; state: RunState }
  | { type: 'status'; text: string }
  | { type: 'clear' }
  | { type: 'run-start'; run: RunRecord; heading?: string }
  | { type: 'output'; run: RunRecord; entries: Entry[]; events: TraceEvent[] }
  | { type: 'trace-truncated'; run: RunRecord; maxEvents: number }
  | { type: 'run-end'; run: RunRecord; timedOut: boolean }
  | { type: 'notice'; notice: Notice }
  | { type: 'chart'; title: string; measures: Measure[] }
  | { type: 'batch-end'; runs: RunRecord[] }
  | { type: 'history'; items: HistoryItem[] }
  | { type: 'diagnostics'; syntax: Diagnostic[]; types: Diagnostic[] }
  | { type: 'variant'; current: number }
  /** `fromLink`: the code came from a share link, not from the reader. */
  | { type: 'code'; variant: number; value: string; fromLink?: boolean };

export interface RunOutcome {
  status: RunState;
  elapsed: number;
}

export class PlaygroundStore {
  readonly variants: readonly ExampleData[];
  /** The code of each variant as the reader left it (starts as the original). */
  readonly code: string[];
  current = 0;
  state: RunState = 'idle';
  /** The runs the output shows now: one, or every variant of a Run all. */
  runs: RunRecord[] = [];
  history: HistoryItem[] = [];
  /** Whether the next runs record a trace: the timeline view says, as it opens and closes. */
  tracing = true;
  readonly #deps: StoreDeps;
  readonly #listeners = new Set<(e: StoreEvent) => void>();
  #handle?: RunHandle;
  /** Settles the pending run's promise: Stop, or a newer run, ends it as stopped. */
  #settle?: (o: RunOutcome) => void;
  #token = 0;
  #batch = 0;
  #watchdog?: ReturnType<typeof setInterval>;

  constructor(variants: readonly ExampleData[], deps: StoreDeps) {
    this.variants = variants;
    this.code = variants.map((v) => v.source);
    this.#deps = deps;
  }

  subscribe(listener: (e: StoreEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(e: StoreEvent): void {
    for (const l of this.#listeners) l(e);
  }

  get s(): Strings {
    return this.#deps.strings;
  }

  isEdited(i = this.current): boolean {
    return this.code[i] !== this.variants[i].source;
  }

  select(i: number): void {
    if (i === this.current || !this.variants[i]) return;
    this.current = i;
    this.#emit({ type: 'variant', current: i });
  }

  setCode(i: number, value: string, fromLink = false): void {
    // An editor echoes code set from here (setValue reports a change): that is no new code.
    if (value === this.code[i]) return;
    this.code[i] = value;
    this.#emit({ type: 'code', variant: i, value, ...(fromLink && { fromLink }) });
  }

  reset(i = this.current): void {
    this.setCode(i, this.variants[i].source);
    this.#emit({ type: 'diagnostics', syntax: [], types: [] });
  }

  /** Replaces the code of variant `i` (from a share link) and clears the output. */
  load(value: string, i = this.current): void {
    this.stop(true);
    this.setCode(i, value, true);
    this.runs = [];
    this.#emit({ type: 'clear' });
    this.#setState('idle');
    this.#emit({ type: 'status', text: this.s['state.idle'] });
  }

  notice(text: string, level: Notice['level'] = 'info'): void {
    this.#emit({ type: 'notice', notice: { text, level } });
  }

  /** Runs the current variant; resolves when the run has ended, however it ended. Ends a Run all in progress. */
  run(): Promise<RunOutcome> {
    this.#batch++;
    return this.#run();
  }

  async #run(opts: { append?: boolean; heading?: string } = {}): Promise<RunOutcome> {
    this.stop(true);
    const token = ++this.#token;
    const i = this.current;
    const variant = this.variants[i];
    const edited = this.isEdited(i);
    const record: RunRecord = { variant: i, label: variant.label, edited, entries: [], events: [], status: 'running', elapsed: 0, traced: this.tracing, traceTruncated: false };
    if (!opts.append) {
      this.runs = [];
      this.#emit({ type: 'clear' });
    }
    this.runs.push(record);
    this.#emit({ type: 'run-start', run: record, heading: opts.heading });
    this.#setState('running');

    let code: RunCode = { js: variant.js, map: variant.map, using: variant.using };
    if (edited) {
      const compiled = await this.#compile(this.code[i], variant.filename);
      if (token !== this.#token) return { status: 'stopped', elapsed: 0 };
      if (!compiled) return this.#finish(token, record, 'error', 0);
      code = { js: compiled.js, map: compiled.map, using: compiled.using };
    }

    return new Promise<RunOutcome>((resolve) => {
      this.#settle = resolve;
      const timers: Measure[] = [];
      this.#startWatchdog(token, record, resolve);
      const onMessage = (msg: FrameToPage) => {
        if (token !== this.#token) return;
        if (msg.type === 'entries') {
          for (const e of msg.entries) if (e.timer) timers.push({ label: e.timer.label, ms: e.timer.ms });
          record.entries.push(...msg.entries);
          if (msg.events) record.events.push(...msg.events);
          this.#emit({ type: 'output', run: record, entries: msg.entries, events: msg.events ?? [] });
        } else if (msg.type === 'truncated') {
          this.notice(fill(this.s.truncated, { lines: msg.maxLines, bytes: formatBytes(msg.maxBytes) }), 'warn');
        } else if (msg.type === 'trace-truncated') {
          record.traceTruncated = true;
          this.#emit({ type: 'trace-truncated', run: record, maxEvents: msg.maxEvents });
        } else if (msg.type === 'end') {
          if (msg.dropped > 0) this.notice(fill(this.s.moreLines, { count: msg.dropped }), 'warn');
          if (timers.length > 1) this.#emit({ type: 'chart', title: this.s.timers, measures: uniqueLabels(timers) });
          resolve(this.#finish(token, record, msg.status, msg.elapsed));
        }
      };
      const messages = Object.fromEntries(Object.keys(SANDBOX_MESSAGES).map((k) => [k, this.s[k]])) as unknown as SandboxMessages;
      this.#deps.startRun({ ...code, filename: variant.filename, messages, trace: record.traced }, onMessage).then(
        (handle) => {
          if (token === this.#token) this.#handle = handle;
          else handle.stop();
        },
        (err: unknown) => {
          this.notice(fill(this.s.sandboxFailed, { message: String((err as Error)?.message ?? err) }), 'error');
          resolve(this.#finish(token, record, 'error', 0));
        },
      );
    });
  }

  /** Runs every variant one after another (so they don't slow each other down) and charts them. */
  async runAll(): Promise<void> {
    const batch = ++this.#batch;
    const start = this.current;
    const measures: Measure[] = [];
    for (let i = 0; i < this.variants.length; i++) {
      this.select(i);
      const outcome = await this.#run({ append: i > 0, heading: `▶ ${this.variants[i].label}` });
      if (outcome.status === 'stopped' || batch !== this.#batch) break;
      measures.push({ label: this.variants[i].label, ms: outcome.elapsed });
    }
    this.select(start);
    if (measures.length === this.variants.length) {
      this.#emit({ type: 'chart', title: this.s.compare, measures });
      this.#emit({ type: 'batch-end', runs: this.runs });
    }
  }

  stop(silent = false): void {
    const wasRunning = this.state === 'running';
    if (!silent) this.#batch++;
    this.#handle?.stop();
    this.#handle = undefined;
    clearInterval(this.#watchdog);
    this.#token++;
    this.#settle?.({ status: 'stopped', elapsed: 0 });
    this.#settle = undefined;
    const last = this.runs[this.runs.length - 1];
    if (wasRunning && last?.status === 'running') last.status = 'stopped';
    if (wasRunning && !silent) {
      this.notice(this.s.stoppedByUser, 'warn');
      this.#setState('stopped');
      this.#emit({ type: 'status', text: this.s['state.stopped'] });
      if (last) this.#emit({ type: 'run-end', run: last, timedOut: false });
    }
  }

  async #compile(source: string, filename: string): Promise<CompileResult | undefined> {
    let result: CompileResult;
    try {
      result = await this.#deps.compile(source, filename);
    } catch (err) {
      this.notice(fill(this.s.compileFailed, { message: String((err as Error)?.message ?? err) }), 'error');
      return undefined;
    }
    this.#emit({ type: 'diagnostics', syntax: result.syntax, types: result.types });
    if (result.syntax.length) {
      this.notice(this.s.syntaxErrors, 'error');
      for (const d of result.syntax) this.notice(diagnosticText(d, this.s), 'error');
      return undefined;
    }
    return result;
  }

  #startWatchdog(token: number, record: RunRecord, resolve: (o: RunOutcome) => void): void {
    clearInterval(this.#watchdog);
    const started = performance.now();
    const limit = this.#deps.watchdogMs;
    this.#watchdog = setInterval(() => {
      if (token !== this.#token) return clearInterval(this.#watchdog);
      const spent = performance.now() - started;
      if (spent < limit) {
        this.#emit({ type: 'status', text: fill(this.s.runningFor, { time: formatElapsed(spent), limit: formatElapsed(limit) }) });
        return;
      }
      clearInterval(this.#watchdog);
      // Before stopping, ask what keeps the run going: a timer far in the future is worth naming.
      void (this.#handle?.pendingTimers() ?? Promise.resolve(undefined)).then((pending) => {
        if (token !== this.#token || record.status !== 'running') return;
        this.#handle?.stop();
        this.#handle = undefined;
        this.notice(this.#watchdogText(limit, spent, pending), 'error');
        resolve(this.#finish(token, record, 'error', spent, true));
      });
    }, WATCHDOG_TICK_MS);
  }

  #watchdogText(limit: number, spent: number, pending: PendingTimers | undefined): string {
    if (!pending?.timers || pending.next === undefined) return fill(this.s.watchdog, { limit: formatElapsed(limit) });
    const wait = formatWait(Math.max(0, pending.next - spent), this.s.locale);
    return fill(this.s.watchdogTimer, { limit: formatElapsed(limit), count: pending.timers, wait });
  }

  #finish(token: number, record: RunRecord, status: RunState, elapsed: number, timedOut = false): RunOutcome {
    if (token !== this.#token) return { status: 'stopped', elapsed };
    clearInterval(this.#watchdog);
    this.#handle = undefined;
    this.#settle = undefined;
    Object.assign(record, { status, elapsed });
    this.#setState(status);
    this.#emit({ type: 'run-end', run: record, timedOut });
    this.#emit({ type: 'status', text: this.s[`state.${status}`] });
    this.history = [{ label: record.label, edited: record.edited, status, elapsed }, ...this.history].slice(0, HISTORY_SIZE);
    this.#emit({ type: 'history', items: this.history });
    return { status, elapsed };
  }

  #setState(state: RunState): void {
    this.state = state;
    this.#emit({ type: 'state', state });
    if (state === 'running') this.#emit({ type: 'status', text: this.s['state.running'] });
  }
}

/** A diagnostic as the output and the error list print it. */
export function diagnosticText(d: Diagnostic, s: Strings): string {
  return `${fill(s.at, { line: d.line, column: d.column })} · TS${d.code}: ${d.message}`;
}

/** A past run as the history lists it: `Concurrent · edited — 0.31 s`. */
export function historyText(h: HistoryItem, s: Strings): string {
  const parts = [h.label, h.edited ? s.edited : s.original].filter(Boolean).join(' · ');
  return `${parts} — ${h.status === 'done' ? formatElapsed(h.elapsed) : s[`state.${h.status}`]}`;
}
