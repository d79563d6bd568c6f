// What tracing costs: the same programs run plain, instrumented with the timeline closed
// (hooks that record nothing) and instrumented with it open (the trace recorded). In Node,
// each run is a fresh process; in Chromium, a fresh worker, as the sandbox runs them (the
// runtime patches globals). Each program prints its own elapsed time; `npm run bench`
// reports medians.
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
export const MODES = ['plain', 'dormant', 'traced'];

const dir = mkdtempSync(join(tmpdir(), 'ag-overhead-'));
const bundle = async (entry, options) => (await build({ entryPoints: [entry], bundle: true, write: false, ...options })).outputFiles[0].text;
const elapsedIn = (text, what) => {
  const m = /elapsed (\d+(?:\.\d+)?)/.exec(text);
  if (!m) throw new Error(`no elapsed time from ${what}:\n${text.slice(-2000)}`);
  return Number(m[1]);
};

/** Each program's JavaScript, plain and instrumented, as the playground compiles it. */
async function programs() {
  const { instrument } = await import(join(dir, 'instrument.mjs'));
  const out = [];
  for (const [label, source] of Object.entries(PROGRAMS)) {
    const { code: js, map } = await transform(source, { loader: 'ts', format: 'esm', target: 'es2022', sourcemap: 'external', sourcefile: 'bench.ts' });
    out.push({ label, plain: js, instrumented: instrument(js, map, 'bench.ts').js });
  }
  return out;
}

/**
 * Median-ready samples (ms) per program and mode, in Node and, given a Playwright
 * browser, in a Chromium worker: `{ label, engine, plain: [], dormant: [], traced: [] }`.
 */
export async function traceOverhead(runs, browser) {
  writeFileSync(join(dir, 'instrument.mjs'), await bundle('src/playground/trace/instrument.ts', { platform: 'node', format: 'esm' }));
  const runner = join(dir, 'runner.mjs');
  writeFileSync(runner, await bundle('tests/support/traced-runner.ts', { platform: 'node', format: 'esm' }));
  const compiled = await programs();
  const rows = [];
  for (const { label, plain, instrumented } of compiled) {
    const files = { plain: join(dir, 'plain.mjs'), instrumented: join(dir, 'traced.mjs') };
    writeFileSync(files.plain, plain);
    writeFileSync(files.instrumented, instrumented);
    const args = { plain: [files.plain], dormant: [runner, files.instrumented, join(dir, 'trace.json'), 'dormant'], traced: [runner, files.instrumented, join(dir, 'trace.json')] };
    const row = { label, engine: 'Node', plain: [], dormant: [], traced: [] };
    for (let i = 0; i < runs; i++) {
      for (const mode of MODES) {
        const r = spawnSync(process.execPath, args[mode], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        row[mode].push(elapsedIn(r.stdout + r.stderr, `${label} (${mode})`));
      }
    }
    rows.push(row);
  }
  if (!browser) return rows;

  const worker = await bundle('scripts/trace-overhead-worker.ts', { platform: 'browser', format: 'iife' });
  const page = await browser.newPage();
  try {
    for (const { label, plain, instrumented } of compiled) {
      const row = { label, engine: 'Chromium', plain: [], dormant: [], traced: [] };
      for (let i = 0; i < runs; i++) {
        for (const mode of MODES) {
          const out = await page.evaluate(
            ([source, js, m]) => new Promise((done, fail) => {
              const w = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
              w.onmessage = (e) => { w.terminate(); done(e.data); };
              w.onerror = (e) => { w.terminate(); fail(new Error(e.message)); };
              w.postMessage({ js, mode: m });
            }),
            [worker, mode === 'plain' ? plain : instrumented, mode],
          );
          row[mode].push(elapsedIn(out, `${label} (${mode}, Chromium)`));
        }
      }
      rows.push(row);
    }
  } finally {
    await page.close();
  }
  return rows;
}
