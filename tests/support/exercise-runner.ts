// Runs an exercise's checks against one candidate module under Node, the way the sandbox
// worker does (the candidate instrumented and traced, its timers watched, uncaught errors
// given to the harness), and writes the outcomes as JSON to the file named by its third
// argument. Arguments: the bundled checks module, the candidate module, the output file.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { setPromiseDetails } from 'node-inspect-extracted';
import { startTracing } from '../../src/playground/trace/runtime';
import { trackPromises } from '../../src/playground/sandbox/promise-state';
import { createHarness } from '../../src/playground/exercise/harness';
import { inspect } from '../../src/playground/sandbox/error-format';
import { describeThrown } from '../../src/playground/sandbox/describe-thrown';
import type { Outcome } from '../../src/playground/exercise/outcome';

const [checksFile, candidateFile, outFile] = process.argv.slice(2);
// Taken before the candidate runs, which may replace them (the harness reports them as changed).
const stringify = JSON.stringify;
const exit = process.exit.bind(process);
const clock = performance.now.bind(performance);
const realSetTimeout = setTimeout;
const realClearTimeout = clearTimeout;
const t0 = clock();
const outcomes: Outcome[] = [];
const printed: string[] = [];

const harness = createHarness({
  scope: globalThis,
  now: () => clock() - t0,
  setTimeout: (fn, ms) => realSetTimeout(fn, ms),
  clearTimeout: (id) => realClearTimeout(id as ReturnType<typeof setTimeout>),
  show: (v) => inspect(v, { depth: 8 }),
  describe: describeThrown,
  report: (i, o) => (outcomes[i] = o),
});
const tracer = startTracing({ now: () => clock() - t0, record: (e) => harness.event(e) });
setPromiseDetails(trackPromises().details);
for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  const print = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    tracer?.log(printed.length);
    printed.push(args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' '));
    void print;
  };
}
const finish = (code: number) => {
  writeFileSync(outFile, stringify({ outcomes, printed }));
  exit(code);
};
process.on('uncaughtException', (err) => {
  if (!harness.uncaught(err, false)) finish(1);
});
process.on('unhandledRejection', (reason) => {
  if (!harness.uncaught(reason, true)) finish(1);
});
await harness.run(() => import(pathToFileURL(checksFile).href), () => import(pathToFileURL(candidateFile).href));
finish(0);
