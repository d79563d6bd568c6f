// Runs an instrumented module under Node as the sandbox worker would print it: promises
// tracked (sandbox/promise-state.ts) and console.log formatted by the sandbox's formatter,
// not by Node's, so a test can hold what the sandbox prints against what Node prints.
import { pathToFileURL } from 'node:url';
import { setPromiseDetails } from 'node-inspect-extracted';
import { format } from '../../src/playground/sandbox/error-format';
import { trackPromises } from '../../src/playground/sandbox/promise-state';
import { startTracing } from '../../src/playground/trace/runtime';

const [file] = process.argv.slice(2);
startTracing(undefined); // the timeline's hooks, recording nothing
setPromiseDetails(trackPromises().details);
const write = process.stdout.write.bind(process.stdout);
console.log = (...args: unknown[]) => void write(`${format(...args)}\n`);
await import(pathToFileURL(file).href);
