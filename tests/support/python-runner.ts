// A Node process that runs Python twins under Pyodide the way the sandbox's worker does
// (the same boot, prelude, run and line code), each in a fresh interpreter booted from a
// memory snapshot of the first. Jobs come on stdin, one JSON object a line
// ({ key, source, filename, trace? }); each result goes to stdout as one JSON line
// ({ key, output, failure?, events?, ms }). Spawned by tests/support/python.ts.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { loadPyodide } from 'pyodide';
import { bootPython } from '../../src/playground/sandbox/python/boot.ts';
import { runPython } from '../../src/playground/sandbox/python/run.ts';
import { MAX_EVENTS, type TraceEvent } from '../../src/playground/trace/types.ts';
import { createLineSplitter, linesText, type PythonLine } from '../../src/playground/sandbox/python/lines.ts';

// An engine without WebAssembly stack switching (JSPI), as some browsers are: the prelude must not need it.
if (process.env.PYTHON_NO_JSPI) {
  const wasm = WebAssembly as unknown as Record<string, unknown>;
  delete wasm.Suspending;
  delete wasm.promising;
}

const read = (file: string) => readFileSync(new URL(`../../src/playground/sandbox/python/${file}`, import.meta.url), 'utf8');
const sources = { prelude: read('prelude.py'), trace: read('trace.py') };
// The page's English wording, as the store hands it to the worker.
const strings = JSON.parse(readFileSync(new URL('../../src/i18n/en.json', import.meta.url), 'utf8')) as Record<string, string>;
const messages = { input: strings['pg.pythonInput'], import: strings['pg.pythonImport'], nested: strings['pg.pythonNestedRun'] };
const { snapshot } = await bootPython(loadPyodide, sources, {});
if (!snapshot) throw new Error('Pyodide made no memory snapshot');

export interface Job {
  key: string;
  source: string;
  filename: string;
  /** Record the timeline's trace, as a run with the timeline open does. */
  trace?: boolean;
}

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const job = JSON.parse(line) as Job;
  const { py } = await bootPython(loadPyodide, sources, {}, snapshot);
  const lines: PythonLine[] = [];
  const events: TraceEvent[] = [];
  const t0 = performance.now();
  const trace = job.trace ? { emit: (e: TraceEvent) => events.push(e), now: () => performance.now() - t0, maxEvents: MAX_EVENTS, onLimit: () => {} } : undefined;
  const { failure } = await runPython(py, { source: job.source, filename: job.filename, messages, write: createLineSplitter((l) => lines.push(l)), trace });
  const ms = performance.now() - t0;
  // What the page shows last: the traceback of an uncaught exception.
  if (failure) lines.push({ level: 'error', text: failure.replace(/\n$/, '') });
  process.stdout.write(JSON.stringify({ key: job.key, output: linesText(lines), ...(failure !== undefined && { failure }), ...(trace && { events }), ms }) + '\n');
}
