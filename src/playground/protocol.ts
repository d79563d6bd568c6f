/**
 * Messages between the page, the sandbox frame and the run's worker.
 *
 * page ⇄ frame travel over a MessagePort handed over once the frame says it is ready;
 * frame ⇄ worker over the worker's own channel. Every message names its run, so output
 * from a run that was stopped or replaced is dropped; worker messages also carry a
 * per-run token that example code cannot read, so it cannot forge output or a finish.
 */

import type { TraceEvent } from './trace/types';

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
}

/** What the page asks of the frame. */
export type PageToFrame =
  /** `trace`: record the run's trace for the timeline (else the instrumented code's hooks do nothing). */
  | { type: 'run'; runId: number; js: string; map?: string; using?: UsingDeclarations; filename: string; messages: SandboxMessages; trace: boolean }
  | { type: 'stop'; runId: number }
  /** The watchdog's question before it stops a run: are timers keeping it alive? */
  | { type: 'pending'; runId: number };

/** What the frame reports to the page. Trace events travel with the console lines they go with. */
export type FrameToPage =
  | { type: 'entries'; runId: number; entries: Entry[]; events?: TraceEvent[] }
  | { type: 'trace-truncated'; runId: number; maxEvents: number }
  | { type: 'truncated'; runId: number; maxLines: number; maxBytes: number }
  | { type: 'end'; runId: number; status: EndStatus; elapsed: number; dropped: number }
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
}

/** What the frame tells the worker: how to start, then the watchdog's question. */
export type FrameToWorker = RunInit | { type: 'pending' };

/** What the worker reports: the same as the frame's reports, with the run's token. */
export type WorkerToFrame = FrameToPage & { token: string };

/** Output caps: past either, a run's output stops being sent (the run goes on). */
export const MAX_LINES = 5000;
export const MAX_BYTES = 1_000_000;

/** The frame's first word to its parent; the parent answers by transferring a port. */
export const FRAME_READY = 'ag-sandbox-ready';
