// `npm run bench`: performance figures of the built site, measured in the full Chromium
// browser, as readers run it, not the headless shell the tests use (Run →
// first line in Firefox and WebKit too, when they are installed).
// Prints medians (with min and max) over RUNS runs. Build first (`npm run build`).
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const RUNS = Number(process.env.RUNS || 7);
const LH_RUNS = Number(process.env.LH_RUNS || 3);
const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CHROME = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PORT = 4391;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const chapter = readdirSync('content/chapters/en').filter((f) => f.endsWith('.mdx')).sort()[2].slice(0, -4);
const CHAPTER_URL = `${ORIGIN}/chapters/${chapter}/`;

if (!existsSync(CHROME)) {
  console.error(`The bench drives Chromium at ${CHROME}: install it with  sudo apt-get install -y chromium  (or set CHROMIUM_PATH).`);
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(1);
}

const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', 'dist', '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({
  executablePath: CHROME,
  args: CHROME_FLAGS,
});

async function withPage(fn) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    return await fn(page);
  } finally {
    await context.close();
  }
}

/** JavaScript a page loads before any interaction: external scripts and inline ones, gzipped. */
const jsBeforeInteraction = () =>
  withPage(async (page) => {
    const bodies = [];
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script') bodies.push(r.body().catch(() => Buffer.alloc(0)));
    });
    await page.goto(CHAPTER_URL, { waitUntil: 'networkidle' });
    const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript').map((s) => s.textContent).join('\n'));
    const all = Buffer.concat([...(await Promise.all(bodies)), Buffer.from(inline)]);
    return gzipSync(all).length / 1024;
  });

/**
 * Click → first output line, measured in the page (a string, so every engine's driver can
 * run it). It waits for a run still going to end first, so it can measure twice in a row.
 */
const RUN_TO_FIRST_LINE = `(async () => {
  const pg = document.querySelector('[data-playground]');
  while (pg.dataset.state === 'running') await new Promise((r) => setTimeout(r, 20));
  const out = pg.querySelector('.pg-output');
  return new Promise((resolve) => {
    const started = performance.now();
    const seen = new MutationObserver(() => {
      if (out.querySelector('.pg-line:not(.pg-notice)')) {
        seen.disconnect();
        resolve(performance.now() - started);
      }
    });
    seen.observe(out, { childList: true, subtree: true });
    pg.querySelector('[data-action="run"]').click();
  });
})()`;

/** Run → first line once on a fresh page, then warm. */
const runToFirstLine = () =>
  withPage(async (page) => {
    await page.goto(CHAPTER_URL, { waitUntil: 'networkidle' });
    const first = await page.evaluate(RUN_TO_FIRST_LINE);
    return { first, warm: await page.evaluate(RUN_TO_FIRST_LINE) };
  });

/** The elapsed time the playground reports for the home page's sequential and concurrent variants. */
const reportedElapsed = () =>
  withPage(async (page) => {
    await page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' });
    const pg = page.locator('[data-playground]').first();
    const result = {};
    for (const [i, name] of [[0, 'sequential'], [1, 'concurrent']]) {
      await pg.locator('[role="tab"]').nth(i).click();
      await pg.locator('[data-action="run"]').click();
      await pg.locator('.pg-elapsed').waitFor();
      await page.waitForFunction(() => document.querySelector('[data-playground]').dataset.state === 'done');
      result[name] = Number(await pg.locator('.pg-elapsed').getAttribute('data-elapsed'));
    }
    return result;
  });

const editorReady = () =>
  withPage(async (page) => {
    await page.goto(CHAPTER_URL, { waitUntil: 'networkidle' });
    return page.evaluate(
      () =>
        new Promise((resolve) => {
          const pg = document.querySelector('[data-playground]');
          const started = performance.now();
          const poll = () => (pg.querySelector('.monaco-editor .view-lines .view-line') ? resolve(performance.now() - started) : requestAnimationFrame(poll));
          pg.querySelector('[data-action="edit"]').click();
          poll();
        }),
    );
  });

/**
 * A Python run, click → first line: the first on a page whose Pyodide files are in the HTTP
 * cache (the reader chose Python on an earlier page), and a later one on the same page,
 * after a moment's reading (the spare interpreter boots from the memory snapshot meanwhile).
 */
const pythonRuns = () =>
  withPage(async (page) => {
    await page.goto(CHAPTER_URL, { waitUntil: 'networkidle' });
    await page.locator('[data-playground] [data-language-choice="py"]').first().click();
    await page.evaluate(RUN_TO_FIRST_LINE);
    const again = await page.context().newPage();
    await again.goto(CHAPTER_URL, { waitUntil: 'networkidle' });
    const first = await again.evaluate(RUN_TO_FIRST_LINE);
    await again.waitForTimeout(1000);
    return { first, later: await again.evaluate(RUN_TO_FIRST_LINE) };
  });

/** What Python costs on the wire: Pyodide's files and the Python run worker, gzipped. */
const pythonBytes = () => {
  const dir = readdirSync('dist/pyodide')[0];
  const files = [...readdirSync(`dist/pyodide/${dir}`).map((f) => `dist/pyodide/${dir}/${f}`), 'dist/sandbox-python.js'];
  return files.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0) / 1024 / 1024;
};

const samples = { js: [], first: [], warm: [], sequential: [], concurrent: [], editor: [], pyFirst: [], pyLater: [] };
for (let i = 0; i < RUNS; i++) {
  samples.js.push(await jsBeforeInteraction());
  const r = await runToFirstLine();
  samples.first.push(r.first);
  samples.warm.push(r.warm);
  const e = await reportedElapsed();
  samples.sequential.push(e.sequential);
  samples.concurrent.push(e.concurrent);
  samples.editor.push(await editorReady());
  const py = await pythonRuns();
  samples.pyFirst.push(py.first);
  samples.pyLater.push(py.later);
  process.stderr.write('.');
}
process.stderr.write('\n');
// What the timeline's tracing costs: plain, timeline closed (hooks dormant), timeline open.
const { traceOverhead } = await import('./trace-overhead.mjs');
const overhead = await traceOverhead(RUNS, browser);
await browser.close();

/** Lighthouse, desktop, on every English chapter: performance and accessibility scores. */
const chapters = readdirSync('content/chapters/en').filter((f) => f.endsWith('.mdx')).sort().map((f) => f.slice(0, -4));
const lighthouseScores = [];
const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ['--headless=new', ...CHROME_FLAGS] });
for (const slug of chapters) {
  const perf = [];
  const a11y = [];
  for (let i = 0; i < LH_RUNS; i++) {
    const { lhr } = await lighthouse(`${ORIGIN}/chapters/${slug}/`, {
      port: chrome.port,
      onlyCategories: ['performance', 'accessibility'],
      formFactor: 'desktop',
      screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
      throttlingMethod: 'provided',
      logLevel: 'error',
    });
    perf.push(lhr.categories.performance.score * 100);
    a11y.push(lhr.categories.accessibility.score * 100);
    process.stderr.write('.');
  }
  lighthouseScores.push([slug, perf, a11y]);
}
process.stderr.write('\n');
await chrome.kill();

// Run → first line in Firefox and WebKit, through the cross-engine tests' drivers.
const { ENGINES, launch, missing } = await import('../tests/engines/browsers.ts');
const engineSamples = [];
for (const name of ENGINES) {
  if (missing(name).length) {
    console.error(`${name}: not installed (${missing(name).join(', ')}), skipped`);
    continue;
  }
  const b = await launch(name);
  const first = [];
  const warm = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      await b.goto(CHAPTER_URL);
      first.push(await b.evaluate(RUN_TO_FIRST_LINE));
      warm.push(await b.evaluate(RUN_TO_FIRST_LINE));
      process.stderr.write('.');
    }
  } finally {
    await b.close();
  }
  engineSamples.push([name, first, warm]);
}
process.stderr.write('\n');
server.kill();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const rows = [
  ['JS before interaction (chapter page, gzip)', samples.js, 'KB', '≤ 30 KB'],
  ['Run → first output line, first run', samples.first, 'ms', '≤ 150 ms'],
  ['Run → first output line, warm', samples.warm, 'ms', '≤ 50 ms'],
  ['Reported elapsed, 3 × 300 ms concurrent', samples.concurrent, 'ms', '≤ 315 ms'],
  ['Reported elapsed, 3 × 300 ms sequential', samples.sequential, 'ms', '≤ 915 ms'],
  ['Edit → editor ready', samples.editor, 'ms', '≤ 1500 ms'],
  ['Python: Run → first line, first run (files cached)', samples.pyFirst, 'ms', '≤ 2500 ms'],
  ['Python: Run → first line, later run', samples.pyLater, 'ms', '≤ 150 ms'],
  ['Python: bytes on the wire (Pyodide + worker, gzip)', [pythonBytes()], 'MB', '≤ 6.5 MB'],
  ...engineSamples.flatMap(([name, first, warm]) => [
    [`Run → first output line, first run (${name})`, first, 'ms', '≤ 150 ms'],
    [`Run → first output line, warm (${name})`, warm, 'ms', '≤ 50 ms'],
  ]),
];
const fmt = (n, unit) => `${n.toFixed(unit === 'KB' || unit === 'MB' ? 1 : 0)} ${unit}`;
const table = rows.map(([name, xs, unit, budget]) => [name, fmt(median(xs), unit), `${fmt(Math.min(...xs), unit)} – ${fmt(Math.max(...xs), unit)}`, budget]);
const head = ['measure', `median (${RUNS} runs)`, 'min – max', 'budget'];
const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log([line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...table.map(line)].join('\n'));

const lhHead = ['chapter (Lighthouse, desktop)', `performance, median of ${LH_RUNS}`, `accessibility, median of ${LH_RUNS}`];
const lhRows = lighthouseScores.map(([slug, perf, a11y]) => [slug, String(median(perf)), String(median(a11y))]);
const lhWidths = lhHead.map((h, i) => Math.max(h.length, ...lhRows.map((r) => r[i].length)));
const lhLine = (r) => `| ${r.map((c, i) => c.padEnd(lhWidths[i])).join(' | ')} |`;
console.log(['', lhLine(lhHead), `|${lhWidths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lhRows.map(lhLine)].join('\n'));

const ratio = (xs, base) => `${(median(xs) / median(base)).toFixed(2)}×`;
const ohHead = ['program (medians)', 'engine', 'plain', 'timeline closed', 'timeline open', 'goal'];
const ohRows = overhead.map(({ label, engine, plain, dormant, traced }) => [
  label, engine, fmt(median(plain), 'ms'),
  `${fmt(median(dormant), 'ms')} (${ratio(dormant, plain)})`,
  `${fmt(median(traced), 'ms')} (${ratio(traced, plain)})`,
  '≤ 1.5×',
]);
const ohWidths = ohHead.map((h, i) => Math.max(h.length, ...ohRows.map((r) => r[i].length)));
const ohLine = (r) => `| ${r.map((c, i) => c.padEnd(ohWidths[i])).join(' | ')} |`;
console.log(['', ohLine(ohHead), `|${ohWidths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...ohRows.map(ohLine)].join('\n'));
