// Runs exercises' checks under Node (see exercise-runner.ts): a candidate's source in,
// every check's outcome out, with the words a row would show in each language.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { nodeScript } from './node-script';
import { compileExample } from '../../src/playground/build/examples';
import { instrument } from '../../src/playground/trace/instrument';
import { bundleChecks } from '../../src/playground/exercise/build/files';
import type { Outcome } from '../../src/playground/exercise/outcome';

const { dir, path: bundleRunner } = nodeScript('tests/support/exercise-runner.ts', 'ag-exercise-');

export interface CheckRun {
  /** The runner's exit code: 0 unless something escaped the harness. */
  code: number | null;
  outcomes: Outcome[];
  /** What the candidate printed, line by line. */
  printed: string[];
  /** The runner's own output (stderr included), for a failing test's message. */
  log: string;
}

let seq = 0;
const RUN_LIMIT_MS = 15_000;

/** Runs exercise `id`'s checks against `source` (TypeScript), compiled and instrumented as the page does. */
export async function runChecks(id: string, source: string, name = 'candidate'): Promise<CheckRun> {
  const n = ++seq;
  const checks = join(dir, `${n}-checks.mjs`);
  const candidate = join(dir, `${n}-${name}.mjs`);
  const out = join(dir, `${n}-out.json`);
  writeFileSync(checks, (await bundleChecks(id)).traced);
  const { js, map } = await compileExample(source, `${name}.ts`);
  writeFileSync(candidate, instrument(js, map, `${name}.ts`).js);
  const script = await bundleRunner();
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--no-warnings', script, checks, candidate, out], { stdio: ['ignore', 'pipe', 'pipe'] });
    // Code that never gives the thread back (an endless loop of microtasks) holds the harness's
    // timers off, as it holds off the page's; the page's time limit ends it, and so does this.
    const limit = setTimeout(() => child.kill(), RUN_LIMIT_MS);
    let log = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (log += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (log += d));
    child.on('close', (code) => {
      clearTimeout(limit);
      let result = { outcomes: [] as Outcome[], printed: [] as string[] };
      try { result = JSON.parse(readFileSync(out, 'utf8')); } catch { /* the runner died first */ }
      done({ code, log, ...result });
    });
  });
}
