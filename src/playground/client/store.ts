/**
 * One playground's state and behaviour, without DOM: the variants and the reader's code,
 * runs (their output lines and trace), Run all, Stop, the watchdog, the comparison data
 * and the history of runs. Views subscribe and draw; the sandbox and the compiler come in
 * as dependencies, so the store runs (and is tested) anywhere.
 */
import type { Outcome } from '../exercise/outcome';
import { CODE_LANGUAGES as LANGUAGES, type ChecksCode, type CodeLanguage, type Entry, type FrameToPage, type RunCode, type SandboxMessages } from '../protocol';
import type { PendingTimers, startRun } from './sandbox-host';
import type { TraceEvent } from '../trace/types';
import type { CompileResult, Diagnostic } from '../editor/types';
import type { ExampleData, RunState, Strings } from './types';
import { timerMeasures, type Measure } from '../output/compare';
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
  pythonBootFailed: true,
  pythonInput: true,
  pythonImport: true,
  pythonNestedRun: true,
  pythonReplaced: true,
};
const WATCHDOG_TICK_MS = 250;
/**
 * How long a Python interpreter may take to boot before the watchdog gives up: some engines
 * take seconds (WebKit without a warm cache), and a boot is no endless loop. The program's
 * own time limit starts once it has booted.
 */
export const PYTHON_BOOT_MS = 90_000;

export interface RunHandle {
  stop(): void;
  /** The run's pending timers, asked by the watchdog; `undefined` when the run is too busy to answer. */
  pendingTimers(): Promise<PendingTimers | undefined>;
}

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
  language: CodeLanguage;
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
  language: CodeLanguage;
  edited: boolean;
  status: RunState;
  elapsed: number;
}

export type Notice = { text: string; level: 'info' | 'warn' | 'error' };

/**
 * What the output shows: one run of a variant, or every variant of a Run all. It keeps the
 * events that drew it, so choosing a tab can draw that tab's own last output again.
 */
interface OutputView {
  variant: ViewOf;
  runs: RunRecord[];
  log: StoreEvent[];
}

/** Whose output a view is: a variant's run, Run all's (every variant), or Run both's (the variant in each language). */
export type ViewOf = number | 'all' | 'both';

/** The key of a variant's last output in one language. */
const viewKey = (language: CodeLanguage, i: number) => `${language}:${i}`;

/** The events that draw the output (and so are kept with it, to be replayed). */
const VIEW_EVENTS = new Set<StoreEvent['type']>(['clear', 'view', 'run-start', 'output', 'trace-truncated', 'run-end', 'notice', 'chart', 'batch-end']);

export type StoreEvent = (
  | { type: 'state'; state: RunState }
  | { type: 'status'; text: string }
  | { type: 'clear' }
  /**
   * Whose output follows: a variant's (`label` is its tab's), or every variant's after Run all.
   * `empty`: that variant has not run yet.
   */
  | { type: 'view'; variant: ViewOf; label: string; language: CodeLanguage; empty?: boolean }
  | { type: 'run-start'; run: RunRecord; heading?: string }
  /** `first`: the index in `run.entries` of the first of `entries`. */
  | { type: 'output'; run: RunRecord; entries: Entry[]; events: TraceEvent[]; first: number }
  | { type: 'trace-truncated'; run: RunRecord; maxEvents: number }
  | { type: 'run-end'; run: RunRecord; timedOut: boolean }
  /** An exercise's check has run (a run started with `checks`). */
  | { type: 'check'; run: RunRecord; index: number; outcome: Outcome }
  | { type: 'notice'; notice: Notice }
  | { type: 'chart'; title: string; measures: Measure[] }
  | { type: 'batch-end'; runs: RunRecord[] }
  | { type: 'history'; items: HistoryItem[] }
  | { type: 'diagnostics'; syntax: Diagnostic[]; types: Diagnostic[] }
  | { type: 'variant'; current: number }
  | { type: 'language'; language: CodeLanguage }
  /** `fromLink`: the code came from a share link, not from the reader. */
  | { type: 'code'; variant: number; language: CodeLanguage; value: string; fromLink?: boolean }
) & {
  /** Set on events drawn again for a tab's output (they happened before): nothing new ran. */
  replay?: true;
};

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
  /** The language the next runs run: TypeScript, or the variants' Python twins. */
  language: CodeLanguage = 'ts';
  /** The Python code of each variant as the reader left it (starts as its twin, where there is one). */
  readonly pyCode: (string | undefined)[];
  readonly #deps: StoreDeps;
  readonly #listeners = new Set<(e: StoreEvent) => void>();
  #handle?: RunHandle;
  /** Settles the pending run's promise: Stop, or a newer run, ends it as stopped. */
  #settle?: (o: RunOutcome) => void;
  #token = 0;
  #batch = 0;
  #watchdog?: ReturnType<typeof setInterval>;
  /** Each variant's last output per language (a Run all's is every variant's, a Run both's both languages'), and the one shown. */
  readonly #views = new Map<string, OutputView>();
  #view?: OutputView;

  constructor(variants: readonly ExampleData[], deps: StoreDeps) {
    this.variants = variants;
    this.code = variants.map((v) => v.source);
    this.pyCode = variants.map((v) => v.py?.source);
    this.#deps = deps;
  }

  subscribe(listener: (e: StoreEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(e: StoreEvent): void {
    if (this.#view && VIEW_EVENTS.has(e.type)) this.#view.log.push(e);
    for (const l of this.#listeners) l(e);
  }

  /** Starts a new output for `variant` (or for every variant: Run all; or both languages: Run both), cleared. */
  #startView(variant: ViewOf): void {
    const view: OutputView = { variant, runs: [], log: [] };
    this.#view = view;
    this.runs = view.runs;
    if (variant === 'all') this.variants.forEach((_, i) => this.#views.set(viewKey(this.language, i), view));
    else if (variant === 'both') LANGUAGES.forEach((l) => this.#views.set(viewKey(l, this.current), view));
    else this.#views.set(viewKey(this.language, variant), view);
    this.#emit({ type: 'clear' });
    this.#emit({ type: 'view', variant, language: this.language, label: typeof variant === 'number' ? this.variants[variant].label : '' });
  }

  /** Shows variant `i`'s own last output in the language shown, as it was drawn, or an empty one if it has not run. */
  #showView(i: number): void {
    const view = this.#views.get(viewKey(this.language, i));
    if (view && view === this.#view) return;
    this.#view = undefined;
    if (!view) {
      this.runs = [];
      this.#emit({ type: 'clear' });
      this.#emit({ type: 'view', variant: i, language: this.language, label: this.variants[i].label, empty: true });
      this.#emit({ type: 'status', text: this.s['state.idle'] });
      return;
    }
    this.runs = view.runs;
    for (const e of view.log) this.#emit({ ...e, replay: true });
    this.#view = view;
    const last = view.runs[view.runs.length - 1];
    if (last) this.#emit({ type: 'status', text: this.s[`state.${last.status}`] });
  }

  get s(): Strings {
    return this.#deps.strings;
  }

  /** Whether any variant has a Python twin (the playground offers the language switch). */
  get hasTwins(): boolean {
    return this.variants.some((v) => v.py);
  }

  /** Variant `i`'s code as the page has it, in `language` (`undefined`: it has no Python twin). */
  original(i = this.current, language = this.language): string | undefined {
    return language === 'py' ? this.variants[i].py?.source : this.variants[i].source;
  }

  /** Variant `i`'s code as the reader left it, in `language`. */
  codeOf(i = this.current, language = this.language): string | undefined {
    return language === 'py' ? this.pyCode[i] : this.code[i];
  }

  isEdited(i = this.current, language = this.language): boolean {
    return this.codeOf(i, language) !== this.original(i, language);
  }

  /** Shows the other language: its code and its own last output (a running run goes on). */
  setLanguage(language: CodeLanguage): void {
    if (language === this.language || (language === 'py' && !this.hasTwins)) return;
    this.language = language;
    this.#emit({ type: 'language', language });
    if (this.state !== 'running') this.#showView(this.current);
  }

  /** Shows variant `i`, and its own last output (a running run's output stays, labelled as its variant's). */
  select(i: number): void {
    if (i === this.current || !this.variants[i]) return;
    this.current = i;
    this.#emit({ type: 'variant', current: i });
    if (this.state !== 'running') this.#showView(i);
  }

  setCode(i: number, value: string, fromLink = false, language = this.language): void {
    // An editor echoes code set from here (setValue reports a change): that is no new code.
    if (value === this.codeOf(i, language) || (language === 'py' && !this.variants[i].py)) return;
    (language === 'py' ? this.pyCode : this.code)[i] = value;
    this.#emit({ type: 'code', variant: i, language, value, ...(fromLink && { fromLink }) });
  }

  reset(i = this.current): void {
    const original = this.original(i);
    if (original !== undefined) this.setCode(i, original);
    this.#emit({ type: 'diagnostics', syntax: [], types: [] });
  }

  /** Replaces the code of variant `i` in the language shown (from a share link) and clears the output. */
  load(value: string, i = this.current): void {
    this.stop(true);
    this.setCode(i, value, true);
    this.#views.delete(viewKey(this.language, i));
    this.#view = undefined;
    this.#showView(i);
    this.#setState('idle');
    this.#emit({ type: 'status', text: this.s['state.idle'] });
  }

  notice(text: string, level: Notice['level'] = 'info'): void {
    this.#emit({ type: 'notice', notice: { text, level } });
  }

  /**
   * Runs the current variant; resolves when the run has ended, however it ended. Ends a Run all in progress.
   * `checks`: an exercise's, run against the code (each reported as a `check` event).
   */
  run(checks?: ChecksCode): Promise<RunOutcome> {
    this.#batch++;
    return this.#run({ checks });
  }

  /**
   * `append`: add to the output of the Run all or Run both in progress; `trace`: whether to
   * record the trace (a Run all decides once, for every variant); `language` and `label`:
   * Run both's, which runs the language that is not shown too and names runs by language.
   */
  async #run(opts: { append?: boolean; heading?: string; trace?: boolean; language?: CodeLanguage; label?: string; checks?: ChecksCode } = {}): Promise<RunOutcome> {
    this.stop(true);
    const token = ++this.#token;
    const i = this.current;
    const variant = this.variants[i];
    const language = variant.py ? opts.language ?? this.language : 'ts';
    const edited = this.isEdited(i, language);
    this.#setState('running');
    this.#emit({ type: 'status', text: this.s['state.running'] });

    let code: RunCode = language === 'py'
      ? { language, source: this.pyCode[i] ?? '' }
      : { language, js: variant.js, map: variant.map, using: variant.using };
    const filename = language === 'py' ? variant.py?.filename ?? variant.filename.replace(/\.ts$/, '.py') : variant.filename;
    if (edited && language === 'ts') {
      const compiled = await this.#compile(this.code[i], variant.filename);
      if (token !== this.#token) return { status: 'stopped', elapsed: 0 };
      if (typeof compiled === 'string') return this.#notRun(compiled, opts);
      code = { language, js: compiled.js, map: compiled.map, using: compiled.using };
    }

    const record: RunRecord = { variant: i, language, label: opts.label ?? variant.label, edited, entries: [], events: [], status: 'running', elapsed: 0, traced: opts.checks ? true : opts.trace ?? this.tracing, traceTruncated: false };
    if (!opts.append) this.#startView(i);
    this.runs.push(record);
    this.#emit({ type: 'run-start', run: record, heading: opts.heading });

    return new Promise<RunOutcome>((resolve) => {
      this.#settle = resolve;
      const timers: Measure[] = [];
      this.#startWatchdog(token, record, resolve);
      const onMessage = (msg: FrameToPage) => {
        if (token !== this.#token) return;
        if (msg.type === 'started') {
          this.#startWatchdog(token, record, resolve, 'running');
        } else if (msg.type === 'entries') {
          for (const e of msg.entries) if (e.timer) timers.push({ label: e.timer.label, ms: e.timer.ms });
          const first = record.entries.length;
          // A run's entries are its lines: a piece that continues a line (Python's
          // `print(..., end="")`) is added to it, as the trace's line numbers count them.
          for (const e of msg.entries) {
            const last = record.entries[record.entries.length - 1];
            if (e.joins && last) record.entries[record.entries.length - 1] = { ...last, text: last.text + e.text };
            else record.entries.push(e);
          }
          if (msg.events) record.events.push(...msg.events);
          this.#emit({ type: 'output', run: record, entries: msg.entries, events: msg.events ?? [], first });
        } else if (msg.type === 'truncated') {
          this.notice(fill(this.s.truncated, { lines: msg.maxLines, bytes: formatBytes(msg.maxBytes) }), 'warn');
        } else if (msg.type === 'trace-truncated') {
          record.traceTruncated = true;
          this.#emit({ type: 'trace-truncated', run: record, maxEvents: msg.maxEvents });
        } else if (msg.type === 'check') {
          this.#emit({ type: 'check', run: record, index: msg.index, outcome: msg.outcome });
        } else if (msg.type === 'end') {
          if (msg.dropped > 0) this.notice(fill(this.s.moreLines, { count: msg.dropped }), 'warn');
          if (timers.length > 1) this.#emit({ type: 'chart', title: this.s.timers, measures: timerMeasures(timers) });
          resolve(this.#finish(token, record, msg.status, msg.elapsed));
        }
      };
      const messages = Object.fromEntries(Object.keys(SANDBOX_MESSAGES).map((k) => [k, this.s[k]])) as unknown as SandboxMessages;
      this.#deps.startRun({ ...code, filename, messages, trace: record.traced, ...(opts.checks && { checks: opts.checks }) }, onMessage).then(
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
    // Decided once: a variant's run must not stop the next ones being traced (the timeline
    // opens, or not, only after the first of them).
    const trace = this.tracing;
    this.stop(true);
    this.#startView('all');
    for (let i = 0; i < this.variants.length; i++) {
      this.select(i);
      const outcome = await this.#run({ append: true, heading: `▶ ${this.variants[i].label}`, trace });
      if (outcome.status === 'stopped' || batch !== this.#batch) break;
      measures.push({ label: this.variants[i].label, ms: outcome.elapsed });
    }
    this.select(start);
    if (measures.length === this.variants.length) {
      this.#emit({ type: 'chart', title: this.s.compare, measures });
      this.#emit({ type: 'batch-end', runs: this.runs });
    }
  }

  /**
   * Runs the variant shown in TypeScript, then its Python twin (one after the other, so
   * neither slows the other down), and compares their elapsed times.
   */
  async runBoth(): Promise<void> {
    if (!this.variants[this.current].py) return void this.run();
    const batch = ++this.#batch;
    const trace = this.tracing;
    this.stop(true);
    this.#startView('both');
    const measures: Measure[] = [];
    for (const language of LANGUAGES) {
      const label = this.s[`lang.${language}`];
      const outcome = await this.#run({ append: true, heading: label, trace, language, label });
      if (outcome.status === 'stopped' || batch !== this.#batch) return;
      measures.push({ label, ms: outcome.elapsed });
    }
    this.#emit({ type: 'chart', title: this.s.compareLanguages, measures });
    this.#emit({ type: 'batch-end', runs: this.runs });
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

  /** Edited code compiled, or why it cannot run. */
  async #compile(source: string, filename: string): Promise<CompileResult | string> {
    let result: CompileResult;
    try {
      result = await this.#deps.compile(source, filename);
    } catch (err) {
      return fill(this.s.compileFailed, { message: String((err as Error)?.message ?? err) });
    }
    this.#emit({ type: 'diagnostics', syntax: result.syntax, types: result.types });
    return result.syntax.length ? this.s.notRun : result;
  }

  /** Edited code that does not compile: nothing ran, and the output says so once (the errors are listed above it). */
  #notRun(why: string, opts: { append?: boolean }): RunOutcome {
    if (!opts.append) this.#startView(this.current);
    this.notice(why, 'error');
    this.#setState('error');
    this.#emit({ type: 'status', text: this.s['state.notRun'] });
    return { status: 'error', elapsed: 0 };
  }

  /**
   * `phase`: a Python run first boots its interpreter (under a limit of its own, PYTHON_BOOT_MS),
   * then runs; the sandbox says when it starts running, and the program's limit starts then.
   */
  #startWatchdog(token: number, record: RunRecord, resolve: (o: RunOutcome) => void, phase: 'booting' | 'running' = record.language === 'py' ? 'booting' : 'running'): void {
    clearInterval(this.#watchdog);
    const started = performance.now();
    const booting = phase === 'booting';
    const limit = booting ? PYTHON_BOOT_MS : this.#deps.watchdogMs;
    this.#watchdog = setInterval(() => {
      if (token !== this.#token) return clearInterval(this.#watchdog);
      const spent = performance.now() - started;
      if (spent < limit) {
        const status = booting ? this.s.pythonStarting : this.s.runningFor;
        this.#emit({ type: 'status', text: fill(status, { time: formatElapsed(spent), limit: formatElapsed(limit) }) });
        return;
      }
      if (booting) {
        clearInterval(this.#watchdog);
        this.#handle?.stop();
        this.#handle = undefined;
        this.notice(fill(this.s.pythonBootSlow, { limit: formatElapsed(limit) }), 'error');
        resolve(this.#finish(token, record, 'error', spent, true));
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
    this.history = [{ label: record.label, language: record.language, edited: record.edited, status, elapsed }, ...this.history].slice(0, HISTORY_SIZE);
    this.#emit({ type: 'history', items: this.history });
    return { status, elapsed };
  }

  #setState(state: RunState): void {
    this.state = state;
    this.#emit({ type: 'state', state });
  }
}

/** A diagnostic as the output and the error list print it. */
export function diagnosticText(d: Diagnostic, s: Strings): string {
  return `${fill(s.at, { line: d.line, column: d.column })} · TS${d.code}: ${d.message}`;
}

/** A past run as the history lists it: `Concurrent · edited — 0.31 s`. */
export function historyText(h: HistoryItem, s: Strings): string {
  // A run of the Python twin says so (a Run both's label is already the language's name).
  const language = h.language === 'py' && h.label !== s['lang.py'] ? s['lang.py'] : '';
  const parts = [h.label, language, h.edited ? s.edited : s.original].filter(Boolean).join(' · ');
  return `${parts} — ${h.status === 'done' ? formatElapsed(h.elapsed) : s[`state.${h.status}`]}`;
}
