// Runs a Python program under Pyodide in this Node process with the timeline's tracer
// (src/playground/sandbox/python/trace.py), in a fresh interpreter each time (a memory
// snapshot of a cold boot makes that cheap), and returns what it printed and the events.
// The program runs as the sandbox's prelude runs it: compiled as `<name>.py` with top-level
// await allowed, as the `__main__` module, awaited on Pyodide's own loop.
import { readFileSync } from 'node:fs';
import { loadPyodide, type PyodideAPI } from 'pyodide';
import type { TraceEvent } from '../../src/playground/trace/types';

const TRACER = readFileSync('src/playground/sandbox/python/trace.py', 'utf8');

const DRIVER = `
import ast, sys, traceback, types

async def run(source, filename, trace, emit, now, max_events, on_limit):
    main = types.ModuleType("__main__")
    main.__file__ = filename
    sys.modules["__main__"] = main
    code = compile(source, filename, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
    if trace:
        import _trace
        _trace.start(emit, now, max_events=max_events, on_limit=on_limit)
    try:
        result = eval(code, main.__dict__)
        if result is not None:
            await result
    except BaseException:
        traceback.print_exc()
    sys.stdout.flush()
    if trace:
        _trace.stop()
        if _trace.failure is not None:
            return "".join(traceback.format_exception(_trace.failure))
    return None
`;

let snapshot: Promise<Uint8Array> | undefined;

async function freshInterpreter(): Promise<PyodideAPI> {
  snapshot ??= loadPyodide({ _makeSnapshot: true }).then((py) => py.makeMemorySnapshot());
  return loadPyodide({ _loadSnapshot: await snapshot });
}

export interface PythonTracedRun {
  output: string;
  events: TraceEvent[];
  /** How many times the tracer said it stopped at its event limit. */
  limits: number;
}

export interface RunOptions {
  /** false: the same run without the tracer, for comparison. */
  trace?: boolean;
  maxEvents?: number;
}

/** A Python value handed over by the tracer (an event's dict) as a plain object. */
function plain(value: unknown): TraceEvent {
  const proxy = value as { toJs(o: object): TraceEvent; destroy(): void };
  const event = proxy.toJs({ dict_converter: Object.fromEntries, create_pyproxies: false });
  proxy.destroy();
  return event;
}

export async function runTracedPython(source: string, { trace = true, maxEvents = 20_000 }: RunOptions = {}): Promise<PythonTracedRun> {
  const py = await freshInterpreter();
  let output = '';
  const decoder = new TextDecoder();
  const write = (buffer: Uint8Array) => {
    output += decoder.decode(buffer, { stream: true });
    return buffer.length;
  };
  py.setStdout({ write });
  py.setStderr({ write });
  py.FS.mkdirTree('/twin');
  py.FS.writeFile('/twin/_trace.py', TRACER);
  py.runPython('import sys; sys.path.append("/twin")');
  const driver = py.runPython(`${DRIVER}\nrun`);
  const events: TraceEvent[] = [];
  let limits = 0;
  const t0 = performance.now();
  const failure = await driver(source, 'main.py', trace, (e: unknown) => events.push(plain(e)), () => performance.now() - t0, maxEvents, () => limits++);
  driver.destroy();
  if (failure) throw new Error(`the tracer failed:\n${failure}`);
  return { output, events, limits };
}
