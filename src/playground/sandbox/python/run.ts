/**
 * How a Python twin runs on a Pyodide interpreter: the same code in the sandbox's worker
 * and in the Node harness that checks every twin against its CPython golden, so what the
 * tests prove is what the page does. Plain TypeScript with no bundler-only imports, so
 * Node runs it as it is: the worker bundles the prelude's text, the harness reads it.
 *
 * `installPrelude` goes once into a fresh interpreter (before its memory snapshot, so
 * every later interpreter starts with it); `runPython` runs one program and reports what
 * it writes, stdout and stderr interleaved as a terminal shows them.
 */
import type { PyodideAPI } from 'pyodide';
import type { TraceEvent } from '../../trace/types.ts';

/** Where the prelude and the tracer live in the interpreter's file system (hidden from tracebacks). */
const DIR = '/twin';

/** The minimal lock file: no packages, so Pyodide never fetches its 120 KB package list. */
export const LOCK_FILE = {
  info: { abi_version: '2026_0', arch: 'wasm32', platform: 'emscripten_5_0_3', python: '3.14.2' },
  packages: {},
};

/** What the prelude says in the page's language (see prelude.py's `_messages`). */
export interface PythonMessages {
  /** `input()` was called. */
  input: string;
  /** An import from outside the standard library; `{module}`. */
  import: string;
  /** `asyncio.run()` inside a function, on an engine without stack switching. */
  nested: string;
}

/** A run's trace for the timeline, recorded by trace.py: its events, as the TypeScript runtime records them. */
export interface PythonTrace {
  emit(event: TraceEvent): void;
  /** Milliseconds from the run's start. */
  now(): number;
  maxEvents: number;
  /** Called once when the trace reached `maxEvents` and stopped recording. */
  onLimit(): void;
}

/** The Python modules a run needs, as text: prelude.py and, for traced runs, trace.py. */
export interface PythonSources {
  prelude: string;
  trace: string;
}

function install(py: PyodideAPI, module: string, source: string): void {
  py.FS.mkdirTree(DIR);
  py.FS.writeFile(`${DIR}/${module}.py`, source);
  py.runPython(`import sys\nif ${JSON.stringify(DIR)} not in sys.path: sys.path.append(${JSON.stringify(DIR)})\nimport ${module}`);
}

/**
 * Puts the prelude and the tracer into a fresh interpreter, imported (so a snapshot holds
 * them ready). They keep no JavaScript object, so a snapshot can follow.
 */
export function installPrelude(py: PyodideAPI, sources: PythonSources): void {
  install(py, '_twin', sources.prelude);
  install(py, '_twin_trace', sources.trace);
}

export type StreamName = 'out' | 'err';

export interface PythonRun {
  source: string;
  /** The name tracebacks give the reader's file: `<name>.py`. */
  filename: string;
  messages: PythonMessages;
  /** What the program writes, as it flushes it (so `print(end="", flush=True)` streams). */
  write(text: string, stream: StreamName): void;
  trace?: PythonTrace;
}

interface PyModule {
  destroy(): void;
}
interface Tracer extends PyModule {
  start: { callKwargs(...args: unknown[]): void };
  stop(): void;
}

/**
 * Runs a program to its end, as `python3 <filename>` would. Resolves with what `python3`
 * prints as it dies (a traceback, a SyntaxError) when the program fails.
 */
export async function runPython(py: PyodideAPI, run: PythonRun): Promise<{ failure?: string }> {
  for (const stream of ['out', 'err'] as const) {
    // Stream mode: a character split across two flushes is decoded once both have come.
    const decoder = new TextDecoder('utf-8');
    const write = (buffer: Uint8Array) => {
      const text = decoder.decode(buffer, { stream: true });
      if (text) run.write(text, stream);
      return buffer.length;
    };
    if (stream === 'out') py.setStdout({ write });
    else py.setStderr({ write });
  }
  const twin = py.pyimport('_twin');
  let tracer: Tracer | undefined;
  try {
    if (run.trace) {
      const { trace } = run;
      tracer = py.pyimport('_twin_trace') as Tracer;
      // Only the reader's file: the prelude and the runtime are not the program.
      tracer.start.callKwargs((event: unknown) => trace.emit(toJs(event) as TraceEvent), () => trace.now(), {
        max_events: trace.maxEvents,
        on_limit: () => trace.onLimit(),
        files: [run.filename],
      });
    }
    const failure: string | undefined = await twin.__twin_exec(run.source, run.filename, JSON.stringify(run.messages));
    return failure === undefined ? {} : { failure };
  } finally {
    tracer?.stop();
    tracer?.destroy();
    twin.destroy();
  }
}

/** A Python value handed to JavaScript (a trace event's dict) as a plain object. */
function toJs(value: unknown): unknown {
  const proxy = value as { toJs?(o: object): unknown; destroy?(): void };
  if (typeof proxy?.toJs !== 'function') return value;
  const plain = proxy.toJs({ dict_converter: Object.fromEntries, create_pyproxies: false });
  proxy.destroy?.();
  return plain;
}
