// The built site in Firefox and WebKit (Safari's engine), driven through their stock
// drivers. Chromium runs the full sweep (tests/e2e); here each engine gets the set that
// proves the playground works for its readers: pages, golden outputs of one chapter per
// language, Run all, Edit, Stop, errors, console.trace, search.
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { launch, missing, type EngineBrowser, type EngineName } from './browsers';
import { serveSite, type SiteServer } from './server';
import { markPlaygrounds, outputText, pg, press, runAndWait, takeProblems, until } from './site';
import { allPages } from '../support/pages';
import { diffOutput, diffPythonOutput } from '../support/golden';
import { goldenPath } from '../support/examples';
import { encodeShareHash } from '../../src/playground/share';
import type { Lang } from '../../src/utils/locale';

const DIST = process.env.E2E_DIST || 'dist';
const SHOTS = 'test-results/engines';
// One chapter per language: chapter 2 prints an engine's own error message (a marked
// golden line), chapter 1 is the Chinese reader's first.
const GOLDEN_CHAPTERS: [Lang, string][] = [['en', 'chapters/02-async-iteration-protocol/'], ['zh-cn', 'zh-cn/chapters/01-generators-to-async-await/']];
// The Python twins: both chapters in Firefox, the Chinese one in WebKit. What differs between
// engines is Pyodide's runtime (stack switching or not), not a chapter or a language; WebKit
// runs Python three times slower than Firefox, and its English chapter (80 to 92 s) was the
// longest path of this suite. Chromium runs every twin of chapter 2 in both languages.
const pythonChapters = (engine: EngineName): [Lang, string][] => (engine === 'webkit' ? GOLDEN_CHAPTERS.filter(([lang]) => lang === 'zh-cn') : GOLDEN_CHAPTERS);

/**
 * One engine's tests, with a server of its own: each engine's file runs in a worker of its
 * own, so Firefox and WebKit run side by side (their runs mostly wait on timers).
 */
export const engineSuite = (engine: EngineName) => describe(engine, () => {
  let site: SiteServer;
  let b: EngineBrowser;
  beforeAll(async () => {
    site = await serveSite(DIST);
    mkdirSync(SHOTS, { recursive: true });
    const lacking = missing(engine);
    if (lacking.length) throw new Error(`${engine} cannot run here: missing ${lacking.join(', ')} (apt-get install firefox-esr webkit2gtk-driver xvfb)`);
    b = await launch(engine);
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    site?.close();
  });
  // The browser is shared by every test: each starts as a first-time reader would, with
  // no language choice or draft left by the one before (Python's tests choose Python).
  beforeEach(async () => {
    await b.goto(site.url);
    await b.evaluate('localStorage.clear()');
  });

  const open = (path: string) => b.goto(site.url + path);
  /** Asserts the page and the server saw no problem since the last check. */
  const expectClean = async (where: string) => {
    expect([...(await takeProblems(b)), ...site.takeFailures()], where).toEqual([]);
  };
  const scratch = async (code: string, lang: Lang = 'en', language: 'ts' | 'py' = 'ts') => {
    await open(`${lang === 'en' ? '' : 'zh-cn/'}playground/${encodeShareHash(code, language)}`);
    await markPlaygrounds(b);
    await until(b, `document.querySelector('${pg(0)} .monaco-editor')`, 'the editor', 30_000);
  };

  test('every page loads without errors; the output hint keeps its inset', async () => {
    for (const path of allPages()) {
      await open(path);
      expect(await b.evaluate<string>('document.querySelector("h1")?.textContent ?? ""'), path).not.toBe('');
      if (path.includes('chapters/')) {
        // The hint sits inside the card (0.9rem), not flush against its edge.
        const inset = await b.evaluate<number>('parseFloat(getComputedStyle(document.querySelector(".pg-hint")).marginLeft) / parseFloat(getComputedStyle(document.documentElement).fontSize)');
        expect(inset, path).toBeCloseTo(0.9, 2);
      }
      await expectClean(path);
    }
  }, 180_000);

  test.each(GOLDEN_CHAPTERS)('every playground of a %s chapter prints its golden output', async (lang, path) => {
    await open(path);
    const count = await markPlaygrounds(b);
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const variants = JSON.parse(await b.evaluate<string>(`document.querySelector('${pg(i)} .pg-data').textContent`)) as { id: string }[];
      for (let v = 0; v < variants.length; v++) {
        if (variants.length > 1) await b.click(`${pg(i)} [role="tab"][data-variant="${v}"]`);
        const { id } = variants[v];
        const golden = readFileSync(goldenPath(id, lang), 'utf8');
        let diff: string | undefined;
        for (let attempt = 0; attempt < 3; attempt++) {
          const state = await runAndWait(b, i);
          const output = await outputText(b, i);
          expect(state, `${id}:\n${output}`).toBe('done');
          // An engine that quotes code in its messages quotes the reader's, never the timeline's hooks.
          expect(output, `${id} in ${engine}`).not.toContain('__ag');
          diff = diffOutput(golden, output);
          // A time off by machine load alone earns up to two more runs.
          if (!diff?.includes('too far')) break;
        }
        expect(diff, `${id} in ${engine}`).toBeUndefined();
      }
    }
    await expectClean(path);
  }, 240_000);

  test('Run all charts the variants side by side', async () => {
    await open('chapters/03-async-generators-in-depth/');
    const count = await markPlaygrounds(b);
    const i = await b.evaluate<number>(`[...Array(${count}).keys()].find((i) => document.querySelector('[data-engine-index="' + i + '"] [data-action="run-all"]'))`);
    expect(i, 'a playground with variants').toBeGreaterThanOrEqual(0);
    const variants = await b.evaluate<number>(`document.querySelectorAll('${pg(i)} [role="tab"]').length`);
    await press(b, i, 'run-all');
    await until(b, `document.querySelectorAll('${pg(i)} .pg-charts .pg-bar-row').length === ${variants} && document.querySelector('${pg(i)} .pg-summary')`, 'the chart', 60_000);
    // A ratio, or the word that the variants tie (within the chart's threshold).
    expect(await b.evaluate<string>(`document.querySelector('${pg(i)} .pg-summary').textContent`)).toMatch(/\d\.\d×|about the same time/);
    await expectClean('Run all');
  }, 120_000);

  test.each(pythonChapters(engine))('every Python twin of a %s chapter prints what CPython prints', async (lang, path) => {
    await open(path);
    const count = await markPlaygrounds(b);
    // One choice shows Python on every playground of the page.
    await b.click(`${pg(0)} [data-language-choice="py"]`);
    await until(b, `document.querySelector('${pg(count - 1)}').dataset.language === 'py'`, 'the Python switch');
    let checked = 0;
    for (let i = 0; i < count; i++) {
      const variants = JSON.parse(await b.evaluate<string>(`document.querySelector('${pg(i)} .pg-data').textContent`)) as { id: string; py?: unknown }[];
      for (let v = 0; v < variants.length; v++) {
        const { id, py } = variants[v];
        if (!py) continue;
        if (variants.length > 1) await b.click(`${pg(i)} [role="tab"][data-variant="${v}"]`);
        const golden = readFileSync(goldenPath(id, lang, 'py'), 'utf8');
        let diff: string | undefined;
        for (let attempt = 0; attempt < 3; attempt++) {
          await runAndWait(b, i, 'run', 120_000);
          const output = await outputText(b, i);
          expect(await b.evaluate<string>(`document.querySelector('${pg(i)} .pg-output').dataset.language`), id).toBe('py');
          diff = diffPythonOutput(golden, output);
          if (!diff?.includes('too far')) break;
        }
        const shown = diff ? await b.evaluate<string>(`document.querySelector('${pg(i)} .pg-output').innerText`) : '';
        expect(diff, `${id} (Python) in ${engine}:\n${shown}`).toBeUndefined();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
    await expectClean(`${path} in Python`);
  }, 600_000);

  test('Stop ends Python\'s while True: pass at once', async () => {
    await scratch('print("spinning")\nwhile True:\n    pass\n', 'en', 'py');
    await press(b, 0, 'run');
    await until(b, `document.querySelector('${pg(0)} .pg-output .pg-text')?.textContent === 'spinning'`, 'the first line', 120_000);
    await press(b, 0, 'stop');
    await until(b, `document.querySelector('${pg(0)}').dataset.state === 'stopped'`, 'Stop', 5_000);
    expect(await b.evaluate<number>('1 + 1')).toBe(2);
    await expectClean('Stop in Python');
  }, 180_000);

  test('Edit opens Monaco, and an edited run shows its output', async () => {
    await open('chapters/01-generators-to-async-await/');
    await markPlaygrounds(b);
    await press(b, 0, 'edit');
    await until(b, `document.querySelector('${pg(0)} .monaco-editor .view-lines')`, 'Monaco', 30_000);
    await b.click(`${pg(0)} .monaco-editor .view-lines`);
    await b.press('selectAll');
    await b.type("console.log('edited', 6 * 7)");
    await until(b, `document.querySelector('${pg(0)} [data-action="reset"]').disabled === false`, 'the edit to register');
    expect(await runAndWait(b, 0)).toBe('done');
    expect(await outputText(b, 0)).toBe('edited 42');
    await expectClean('Edit');
  }, 120_000);

  test('Stop ends while (true) {} at once', async () => {
    await scratch("console.log('spinning');\nwhile (true) {}\n");
    await press(b, 0, 'run');
    await until(b, `document.querySelector('${pg(0)} .pg-output .pg-text')?.textContent === 'spinning'`, 'the first line');
    expect(await b.evaluate<string>(`document.querySelector('${pg(0)}').dataset.state`)).toBe('running');
    await press(b, 0, 'stop');
    await until(b, `document.querySelector('${pg(0)}').dataset.state === 'stopped'`, 'Stop', 5_000);
    expect(await b.evaluate<number>('1 + 1')).toBe(2);
    await expectClean('Stop');
  }, 120_000);

  test('errors read Name: message with the TypeScript line; console.trace keeps its caller', async () => {
    await scratch([
      "function where() { console.trace('here'); }",
      'where();',
      'try { (undefined as unknown as { x: number }).x; } catch (err) { console.log(err); }',
      "throw new RangeError('out of range');",
      '',
    ].join('\n'));
    expect(await runAndWait(b, 0)).toBe('error');
    const rows = JSON.parse(await b.evaluate<string>(`JSON.stringify([...document.querySelectorAll('${pg(0)} .pg-output .pg-line')].map((r) => ({
      level: r.dataset.level,
      label: r.querySelector('.pg-fatal-label')?.textContent,
      source: r.querySelector('.pg-source')?.textContent,
      text: r.querySelector('.pg-text').textContent,
    })))`)) as { level: string; label?: string; source?: string; text: string }[];
    expect(rows.map((r) => r.level)).toEqual(['trace', 'log', 'error']);
    expect(rows[0].text).toMatch(/^Trace: here\n {4}at where \(welcome\.ts:1:\d+\)\n {4}at welcome\.ts:2:\d+$/);
    // Each engine has its own message for this TypeError; the layout is Node's in all of them.
    expect(rows[1].text).toMatch(/^TypeError: \S.*\n {4}at welcome\.ts:3:\d+$/);
    expect(rows[2].label).toBe('Uncaught error');
    expect(rows[2].source).toMatch(/^welcome\.ts:4\nthrow new RangeError\('out of range'\);\n *\^$/);
    expect(rows[2].text).toMatch(/^RangeError: out of range\n {4}at welcome\.ts:4:\d+$/);
    // Clicks scroll the button into view; the shot shows the workspace from its top.
    await b.evaluate('scrollTo(0, 0)');
    await b.screenshot(`${SHOTS}/${engine}-errors.png`);
    await expectClean('errors');
  }, 120_000);

  test.each([['en', '', 'backpressure'], ['zh-cn', 'zh-cn/', '背压']] as const)('search (%s) finds a word', async (_lang, prefix, word) => {
    await open(prefix);
    await b.click('site-search .search-button');
    await until(b, 'document.activeElement?.matches("dialog[open] input")', 'the search box');
    await b.type(word);
    const hrefs = await until<string[]>(b, `(() => { const r = [...document.querySelectorAll('dialog[open] .pagefind-ui__result-link')].map((a) => a.pathname); return r.length && r; })()`, `results for ${word}`);
    expect(hrefs.every((h) => h.startsWith(`/${prefix}`)), hrefs.join(', ')).toBe(true);
    expect(hrefs.some((h) => h.includes('/chapters/')), hrefs.join(', ')).toBe(true);
    await b.press('escape');
    await until(b, '!document.querySelector("dialog[open]")', 'the dialog to close');
    await expectClean(`search ${word}`);
  }, 60_000);

  test('screenshot: a chapter playground with output, an error among it', async () => {
    await open('chapters/02-async-iteration-protocol/');
    const count = await markPlaygrounds(b);
    const i = await b.evaluate<number>(`[...Array(${count}).keys()].find((i) => document.querySelector('[data-engine-index="' + i + '"] .pg-data').textContent.includes('iterator-must-be-sync'))`);
    expect(await runAndWait(b, i)).toBe('done');
    await b.evaluate(`document.querySelector('${pg(i)}').scrollIntoView({ block: 'start' })`);
    await b.screenshot(`${SHOTS}/${engine}-chapter.png`);
    expect(await outputText(b, i)).toMatch(/^TypeError: /);
  }, 60_000);
});
