// Runs examples the way the playground does (esbuild's JavaScript, instrumented for the
// timeline), but under Node, and returns what they printed and the trace they left.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { nodeScript } from './node-script';
import { compileExample } from '../../src/playground/build/examples';
import { instrument } from '../../src/playground/trace/instrument';
import type { TraceEvent } from '../../src/playground/trace/types';
import { examplePath } from './examples';

// One bundle per runner (the trace runtime's, or another of tests/support), made on first use.
const runners = new Map<string, () => Promise<string>>();
const bundleRunner = (entry: string) => {
  let runner = runners.get(entry);
  if (!runner) runners.set(entry, (runner = nodeScript(entry, 'ag-traced-').path));
  return runner();
};
const dir = mkdtempSync(join(tmpdir(), 'ag-traced-'));

export interface TracedRun {
  code: number | null;
  output: string;
  events: TraceEvent[];
}

/**
 * Runs instrumented JavaScript under Node with the trace runtime (or with another runner
 * of tests/support: `promise-runner.ts` prints as the sandbox does).
 */
export async function runTracedJs(js: string, name: string, runner = 'tests/support/traced-runner.ts'): Promise<TracedRun> {
  const file = join(dir, `${name.replace(/\W+/g, '-')}.mjs`);
  const traceFile = `${file}.trace.json`;
  writeFileSync(file, js);
  const script = await bundleRunner(runner);
  return new Promise((done) => {
    const child = spawn('sh', ['-c', `"${process.execPath}" --no-warnings "${script}" "${file}" "${traceFile}" 2>&1`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.on('close', (code) => {
      let events: TraceEvent[] = [];
      try { events = JSON.parse(readFileSync(traceFile, 'utf8')); } catch { /* the run died before writing it */ }
      done({ code, output, events });
    });
  });
}

/** TypeScript source → instrumented JavaScript → a traced run under Node. */
export async function runTracedSource(source: string, name = 'inline'): Promise<TracedRun> {
  const { js, map } = await compileExample(source, `${name}.ts`);
  return runTracedJs(instrument(js, map, `${name}.ts`).js, name);
}

export const runTraced = (id: string) => runTracedSource(readFileSync(examplePath(id), 'utf8'), id);
