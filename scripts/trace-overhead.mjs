// What tracing costs: the same programs run as the playground runs them, with and without
// the timeline's instrumentation and runtime, each in a fresh Node process (the runtime
// patches globals). Each program prints its own elapsed time; `npm run bench` reports medians.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, transform } from 'esbuild';

const PROGRAMS = {
  'for await over 10,000 yields': `
    async function* count(n: number) { for (let i = 0; i < n; i++) yield i; }
    const t0 = performance.now();
    let sum = 0;
    for await (const x of count(10_000)) sum += x;
    console.log('elapsed', performance.now() - t0, sum);`,
  '100,000 console lines': `
    const t0 = performance.now();
    for (let i = 0; i < 100_000; i++) console.log(i);
    console.error('elapsed', performance.now() - t0);`,
};

const dir = mkdtempSync(join(tmpdir(), 'ag-overhead-'));
const bundle = async (entry, name) => {
  const out = await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', write: false });
  const file = join(dir, name);
  writeFileSync(file, out.outputFiles[0].text);
  return file;
};

/** Median elapsed ms of each program, plain and traced, over `runs` runs. */
export async function traceOverhead(runs) {
  const runner = await bundle('tests/support/traced-runner.ts', 'runner.mjs');
  const { instrument } = await import(await bundle('src/playground/trace/instrument.ts', 'instrument.mjs'));
  const rows = [];
  for (const [label, source] of Object.entries(PROGRAMS)) {
    const { code: js, map } = await transform(source, { loader: 'ts', format: 'esm', target: 'es2022', sourcemap: 'external', sourcefile: 'bench.ts' });
    const plain = join(dir, 'plain.mjs');
    const traced = join(dir, 'traced.mjs');
    writeFileSync(plain, js);
    writeFileSync(traced, instrument(js, map, 'bench.ts').js);
    const elapsed = (args) => {
      const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const m = /elapsed (\d+(?:\.\d+)?)/.exec(r.stdout + r.stderr);
      if (!m) throw new Error(`no elapsed time from ${args.join(' ')}:\n${r.stderr}`);
      return Number(m[1]);
    };
    const a = [];
    const b = [];
    for (let i = 0; i < runs; i++) {
      a.push(elapsed([plain]));
      b.push(elapsed([runner, traced, join(dir, 'trace.json')]));
    }
    rows.push({ label, plain: a, traced: b });
  }
  return rows;
}
