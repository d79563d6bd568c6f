// Runs an instrumented module under Node with the trace runtime installed, the way the
// sandbox worker does, and writes the trace to the file named by its second argument.
// With a third argument `dormant`, the hooks record nothing, as in a run whose timeline is closed.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startTracing } from '../../src/playground/trace/runtime';
import { MAX_EVENTS, type TraceEvent } from '../../src/playground/trace/types';
import { trackPromises } from '../../src/playground/sandbox/promise-state';

const [file, traceFile, mode] = process.argv.slice(2);
// As in the worker: the promise hooks are there, and Promise's statics and `then` are patched.
trackPromises();
const events: TraceEvent[] = [];
const clock = performance.now.bind(performance);
const t0 = clock();
const tracer = startTracing(mode === 'dormant' ? undefined : { now: () => clock() - t0, record: (e) => events.push(e), maxEvents: MAX_EVENTS });
if (tracer) {
  let lines = 0;
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const print = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      tracer.log(lines++);
      print(...args);
    };
  }
}
process.on('exit', () => writeFileSync(traceFile, JSON.stringify(events)));
await import(pathToFileURL(file).href).catch((err: unknown) => {
  tracer?.moduleFailed(err);
  throw err;
});
