/**
 * Messages between the page, the sandbox frame and the run's worker.
 *
 * page ⇄ frame travel over a MessagePort handed over once the frame says it is ready;
 * frame ⇄ worker over the worker's own channel. Every message names its run, so output
 * from a run that was stopped or replaced is dropped; worker messages also carry a
 * per-run token that example code cannot read, so it cannot forge output or a finish.
 */

import type { TraceEvent } from './trace/types';
import type { Outcome } from './exercise/outcome';

export type Level = 'log' | 'info' | 'warn' | 'error' | 'debug' | 'trace';

/** One console line as the reader sees it. */
export interface Entry {
  level: Level;
  text: string;
  /** Milliseconds from the start of the run, measured inside the sandbox. */
  t: number;
  /** Set on `console.timeEnd` lines: feeds the timer chart. */
  timer?: { label: string; ms: number };
  /** Set on errors the example did not catch: the page labels them. */
  uncaught?: 'error' | 'rejection';
  /** On those, the line of TypeScript the error points at, shown above it as Node shows it. */
  source?: SourceLine;
  /** The text continues the line of the entry before it (Python's `print(x, end="", flush=True)`). */
  joins?: true;
}

/** A line of the example's source and a column on it (1-based). */
export interface SourceLine {
  file: string;
  line: number;
  column: number;
  code: string;
}

export type EndStatus = 'done' | 'error';

/**
 * How compiled code runs its `using` / `await using` declarations, when it has any:
 * left as syntax for the engine (`native`), or rewritten into helper calls (`lowered`,
 * when the code also has decorators, which no engine runs natively yet).
 */
export type UsingDeclarations = 'native' | 'lowered';

/** The sandbox's own notices, in the page's language. */
export interface SandboxMessages {
  postMessageIgnored: string;
  closeIgnored: string;
  /** The engine cannot run the code's `using` declarations. */
  usingUnsupported: string;
  /** Example code called `new Worker()`. */
  workerRefused: string;
  /** The sandbox's Content-Security-Policy refused a request; `{url}`. */
  networkRefused: string;
  /** A console method could not format its arguments; `{error}`. */
  formatFailed: string;
  /** Python could not start (a missing file, offline, WebAssembly blocked); `{reason}`. */
  pythonBootFailed: string;
  /** A Python program called `input()`. */
  pythonInput: string;
  /** A Python import from outside the standard library; `{module}`. */
  pythonImport: string;
  /** `asyncio.run()` inside a Python function, on an engine without stack switching. */
  pythonNestedRun: string;
  /** Another Python run started on the page: one interpreter at a time. */
  pythonReplaced: string;
}

/** The programming language of a run. */
export type CodeLanguage = 'ts' | 'py';
export const CODE_LANGUAGES: readonly CodeLanguage[] = ['ts', 'py'];

/** What a run runs: compiled TypeScript, or a Python program as the reader wrote it. */
export type RunCode =
  | { language: 'ts'; js: string; map?: string; using?: UsingDeclarations }
  | { language: 'py'; source: string };

/**
 * What Python runs need, fetched by the page (same origin, HTTP cache) and handed to the
 * frame once: the Python run worker and Pyodide's four files.
 */
export interface PythonFiles {
  worker: Blob;
  mjs: Blob;
  asm: Blob;
  wasm: Blob;
  stdlib: Blob;
}

/**
 * An exercise's checks, bundled (see exercise/build/files.ts): a run that carries them runs
 * them against the module once its top level has finished, instead of waiting for its timers.
 */
export interface ChecksCode {
  js: string;
}

/** What the page asks of the frame. */
export type PageToFrame =
  /** `trace`: record the run's trace for the timeline (else the instrumented code's hooks do nothing). */
  | ({ type: 'run'; runId: number; filename: string; messages: SandboxMessages; trace: boolean; checks?: ChecksCode } & RunCode)
  /** Sent once, before the page's first Python run. */
  | { type: 'python-files'; files: PythonFiles }
  | { type: 'stop'; runId: number }
  /** The watchdog's question before it stops a run: are timers keeping it alive? */
  | { type: 'pending'; runId: number };

/** What the frame reports to the page. Trace events travel with the console lines they go with. */
export type FrameToPage =
  | { type: 'entries'; runId: number; entries: Entry[]; events?: TraceEvent[] }
  | { type: 'trace-truncated'; runId: number; maxEvents: number }
  | { type: 'truncated'; runId: number; maxLines: number; maxBytes: number }
  | { type: 'end'; runId: number; status: EndStatus; elapsed: number; dropped: number }
  /** An exercise's check `index` has run (see ChecksCode). */
  | { type: 'check'; runId: number; index: number; outcome: Outcome }
  /** A Python run's interpreter has booted: its program starts now (the watchdog's clock restarts). */
  | { type: 'started'; runId: number }
  /** The answer to `pending`: how many timers are pending, and when the soonest is due (ms from the start). */
  | { type: 'pending'; runId: number; timers: number; next?: number };

/** What the frame hands the worker to start a run. */
export interface RunInit {
  type: 'init';
  token: string;
  runId: number;
  js: string;
  map?: string;
  using?: UsingDeclarations;
  filename: string;
  messages: SandboxMessages;
  trace: boolean;
  checks?: ChecksCode;
}

/** What the frame tells the worker: how to start, then the watchdog's question. */
export type FrameToWorker = RunInit | { type: 'pending' };

/**
 * What the frame hands a Python worker to boot its interpreter: the files, and what an
 * earlier boot left to make this one fast (a memory snapshot, the compiled module).
 */
export interface PythonBoot {
  type: 'boot';
  files: PythonFiles;
  snapshot?: Uint8Array;
  module?: WebAssembly.Module;
}

/** What the frame hands a booted (or booting) Python worker to start a run. */
export interface PythonRunInit {
  type: 'init';
  token: string;
  runId: number;
  source: string;
  filename: string;
  messages: SandboxMessages;
  trace: boolean;
}

export type FrameToPythonWorker = PythonBoot | PythonRunInit;

/** A Python worker's word that it booted, with what a cold boot made for the next ones. */
export interface PythonWorkerToFrame {
  type: 'booted';
  snapshot?: Uint8Array;
  module?: WebAssembly.Module;
}

/** What the worker reports: the same as the frame's reports, with the run's token. */
export type WorkerToFrame = FrameToPage & { token: string };

/** Output caps: past either, a run's output stops being sent (the run goes on). */
export const MAX_LINES = 5000;
export const MAX_BYTES = 1_000_000;

/** The frame's first word to its parent; the parent answers by transferring a port. */
export const FRAME_READY = 'ag-sandbox-ready';
