// The Python twins in the page: the TypeScript | Python switch, Python runs that print what
// CPython prints (their goldens), Run both side by side with one comparison and both
// timelines on one scale, a timeline for Python runs, Stop, bad input, and nothing of
// Pyodide fetched before the reader turns to Python.
import { readFileSync } from 'node:fs';
import { test, expect, type Locator, type Page } from '@playwright/test';
import { outputText, playgroundOf, playgrounds, run, waitForEnd, watchProblems, wcagViolationsInBothThemes } from './support';
import { diffPythonOutput } from '../support/golden';
import { exampleSource, goldenPath, hasGolden } from '../support/examples';
import { encodeShareHash, decodeShareHash } from '../../src/playground/share';

test.describe.configure({ mode: 'parallel' });

const pyodideRequests = (page: Page) => {
  const urls: string[] = [];
  page.on('request', (r) => { if (/\/pyodide\//.test(r.url())) urls.push(r.url()); });
  return urls;
};

const choosePython = async (pg: Locator) => {
  await pg.locator('[data-language-choice="py"]').click();
  await expect(pg).toHaveAttribute('data-language', 'py');
};

type Span = { kind: string; from: number; to: number };
const lanesOf = (scope: Locator) =>
  scope.locator('[data-lane]').evaluateAll((els) =>
    els.map((el) => ({
      name: el.getAttribute('data-name')!,
      spans: [...el.querySelectorAll('[data-span]')].map((s) => ({ kind: s.getAttribute('data-kind')!, from: Number(s.getAttribute('data-from')), to: Number(s.getAttribute('data-to')) })),
    })),
  );
const waits = (spans: Span[]) => spans.filter((s) => s.kind === 'wait' && s.to - s.from > 50);
const overlap = (a: Span, b: Span) => a.from < b.to && b.from < a.to;

/** Opens the workspace with Python `code` from a share link. */
async function pythonScratch(page: Page, code: string, prefix = ''): Promise<Locator> {
  await page.goto(`${prefix}playground/${encodeShareHash(code, 'py')}`);
  const pg = playgrounds(page).first();
  await expect(pg).toHaveAttribute('data-language', 'py');
  await expect(pg.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
  return pg;
}

test('nothing of Pyodide is fetched before the reader points at Python; the switch shows the twin', async ({ page }) => {
  const urls = pyodideRequests(page);
  await page.goto('chapters/01-generators-to-async-await/');
  const pg = playgrounds(page).first();
  await pg.scrollIntoViewIfNeeded();
  expect(await run(pg)).toBe('done');
  await expect(pg.locator('.pg-output')).not.toHaveAttribute('data-language', 'py');
  expect(urls).toEqual([]);
  // Pointing at the switch is enough to start fetching: the first Python run is then quicker.
  await pg.locator('[data-language-choice="py"]').hover();
  await expect.poll(() => urls.length).toBeGreaterThan(0);
  await choosePython(pg);
  await expect(pg.locator('[data-language-choice="py"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(pg.locator('.pg-code[data-code-lang="py"]')).toBeVisible();
  await expect(pg.locator('.pg-code[data-code-lang="ts"]')).toBeHidden();
  // Its own output: the TypeScript run's is kept for the TypeScript tab of the switch.
  await expect(pg.locator('.pg-output .pg-line')).toHaveCount(0);
});

for (const [lang, prefix] of [['en', ''], ['zh-cn', 'zh-cn/']] as const) {
  test(`chapter 2's Python twins print what CPython prints (${lang})`, async ({ page }) => {
    test.setTimeout(240_000);
    const watch = watchProblems(page);
    await page.goto(`${prefix}chapters/02-async-iteration-protocol/`);
    const all = playgrounds(page);
    // One choice shows Python on every playground of the page.
    await choosePython(all.first());
    const count = await all.count();
    let checked = 0;
    for (let i = 0; i < count; i++) {
      const pg = all.nth(i);
      await expect(pg).toHaveAttribute('data-language', 'py');
      await pg.scrollIntoViewIfNeeded();
      const variants: { id: string; py?: { source: string } }[] = JSON.parse((await pg.locator('.pg-data').textContent())!);
      for (let v = 0; v < variants.length; v++) {
        const { id, py } = variants[v];
        if (!py) continue;
        if (variants.length > 1) await pg.locator('[role="tab"]').nth(v).click();
        expect(py.source).toBe(exampleSource(id, lang, 'py'));
        expect(hasGolden(id, lang, 'py'), `${id} has a CPython golden`).toBe(true);
        const golden = readFileSync(goldenPath(id, lang, 'py'), 'utf8');
        let diff: string | undefined;
        for (let attempt = 0; attempt < 3; attempt++) {
          await run(pg, 30_000);
          await expect(pg.locator('.pg-output')).toHaveAttribute('data-language', 'py');
          diff = diffPythonOutput(golden, await outputText(pg));
          if (!diff?.includes('too far')) break;
        }
        expect(diff, id).toBeUndefined();
        checked++;
      }
    }
    expect(checked, 'twins checked on chapter 2').toBeGreaterThanOrEqual(10);
    watch.expectClean();
  });
}

test('a Python timeline: gathered sleeps overlap, awaited ones follow each other', async ({ page }) => {
  await page.goto('');
  const pg = await playgroundOf(page, 'home/concurrent');
  await choosePython(pg);
  for (const [tab, overlapping] of [[1, true], [0, false]] as const) {
    await pg.locator('[role="tab"]').nth(tab).click();
    expect(await run(pg, 30_000)).toBe('done');
    const box = pg.locator('[data-timeline-box]');
    if ((await box.getAttribute('open')) === null) await box.locator('> summary').click();
    await expect(pg.locator('[data-timeline] [data-lane]').first()).toBeVisible();
    const lanes = await lanesOf(pg.locator('[data-timeline]'));
    const tasks = lanes.filter((l) => /^task/.test(l.name));
    if (overlapping) {
      expect(tasks.map((l) => l.name)).toHaveLength(3);
      const [a, b, c] = tasks.map((l) => waits(l.spans)[0]);
      expect(overlap(a, b) && overlap(b, c) && overlap(a, c), JSON.stringify(tasks)).toBe(true);
    } else {
      // Each task's sleep waits on its own: no two of the three 0.3 s waits overlap (main
      // waits for each task meanwhile, the top level for main).
      expect(tasks.map((l) => l.name)).toHaveLength(3);
      const sleeps = tasks.map((l) => waits(l.spans).reduce((x, y) => (y.to - y.from > x.to - x.from ? y : x))).sort((x, y) => x.from - y.from);
      for (let k = 1; k < sleeps.length; k++) expect(sleeps[k].from).toBeGreaterThanOrEqual(sleeps[k - 1].to - 5);
    }
  }
});

for (const [width, height] of [[1280, 900], [390, 844]] as const) {
  test(`Run both at ${width} px: both outputs, both times, one comparison, both timelines on one scale`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height });
    await page.goto('');
    const pg = await playgroundOf(page, 'home/concurrent');
    await pg.locator('[role="tab"]').nth(1).click();
    await pg.locator('[data-action="run-both"]').click();
    await expect(pg.locator('.pg-chart')).toBeVisible({ timeout: 45_000 });
    await waitForEnd(pg);
    const ts = pg.locator('.pg-output [data-language="ts"]');
    const py = pg.locator('.pg-output [data-language="py"]');
    await expect(ts).toContainText('concurrent:');
    await expect(py).toContainText(/concurrent: \d\.\d\d s/);
    await expect(pg.locator('[data-output-label]')).toHaveText('Output of Run both: TypeScript, then Python');
    // Two columns where there is room, stacked on a phone.
    const [a, b] = [(await ts.boundingBox())!, (await py.boundingBox())!];
    if (width >= 1000) {
      expect(Math.abs(a.y - b.y)).toBeLessThan(2);
      expect(b.x).toBeGreaterThan(a.x + a.width - 2);
    } else {
      expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 2);
      expect(Math.abs(a.x - b.x)).toBeLessThan(2);
    }
    // One comparison: a bar per language, on one scale, and one sentence.
    const rows = pg.locator('.pg-chart [data-measure]');
    await expect(rows).toHaveCount(2);
    const measured = await rows.evaluateAll((els) => els.map((el) => ({ label: el.getAttribute('data-measure'), ms: Number(el.getAttribute('data-ms')), bar: el.querySelector<HTMLElement>('[data-bar]')!.getBoundingClientRect().width })));
    expect(measured.map((m) => m.label)).toEqual(['TypeScript', 'Python']);
    const longest = measured.reduce((x, y) => (y.ms > x.ms ? y : x));
    for (const m of measured) expect(m.bar / longest.bar).toBeCloseTo(m.ms / longest.ms, 1);
    await expect(pg.locator('.pg-elapsed')).toHaveText(/^Elapsed \(TypeScript\): .+ · Elapsed \(Python\): .+$/);
    // Both timelines, titled by language, drawn on one time scale: a millisecond of a Python
    // wait is as wide as one of a TypeScript wait (how long each sleep took varies with load).
    const box = pg.locator('[data-timeline-box]');
    await expect(box).toHaveAttribute('open', '');
    await expect(pg.locator('[data-timeline]')).toContainText('TypeScript');
    await expect(pg.locator('[data-timeline]')).toContainText('Python');
    const sleepEnds = await pg.locator('[data-timeline] [data-lane]').evaluateAll((els) =>
      els.filter((el) => /^task/.test(el.getAttribute('data-name')!)).map((el) => {
        const waits = [...el.querySelectorAll<SVGGraphicsElement>('[data-span][data-kind="wait"]')].map((s) => ({
          width: s.getBoundingClientRect().width,
          ms: Number(s.getAttribute('data-to')) - Number(s.getAttribute('data-from')),
        }));
        const longest = waits.reduce((x, y) => (y.ms > x.ms ? y : x));
        return { ...longest, pxPerMs: longest.width / longest.ms };
      }),
    );
    expect(sleepEnds).toHaveLength(6);
    for (const sleep of sleepEnds) expect(sleep.ms, JSON.stringify(sleepEnds)).toBeGreaterThan(150);
    const [tsA, pyA] = [sleepEnds[0], sleepEnds[3]];
    expect(Math.abs(tsA.pxPerMs - pyA.pxPerMs) / tsA.pxPerMs, JSON.stringify(sleepEnds)).toBeLessThan(0.03);
    await pg.screenshot({ path: test.info().outputPath(`run-both-${width}.png`) });
  });
}

test('Stop ends `while True: pass`; the page stays responsive and the next run works', async ({ page }) => {
  const pg = await pythonScratch(page, 'print("spinning")\nwhile True:\n    pass\n');
  await pg.locator('[data-action="run"]').click();
  await expect(pg.locator('.pg-output')).toContainText('spinning', { timeout: 30_000 });
  await expect(pg).toHaveAttribute('data-state', 'running');
  // The page answers while Python spins in its worker.
  expect(await page.evaluate(() => new Promise<number>((r) => setTimeout(() => r(1), 10)))).toBe(1);
  await pg.locator('[data-action="stop"]').click();
  await expect(pg).toHaveAttribute('data-state', 'stopped');
  await expect(pg.locator('.pg-output')).toContainText('Stopped.');
  await pg.locator('[data-action="reset"]').click();
  await pg.locator('[data-action="reset"]').isDisabled();
  expect(await run(pg, 30_000)).toBe('done');
  expect(await outputText(pg)).toBe(readFileSync(goldenPath('home/welcome', 'en', 'py'), 'utf8').trimEnd());
});

const BAD_INPUT: [string, string, RegExp][] = [
  ['input()', 'name = input("Your name? ")\nprint(name)\n', /input\(\) cannot read here/],
  ['an import outside the standard library', 'import aiohttp\n', /standard library only: 'aiohttp'/],
  ['a syntax error', 'print("unclosed"\n', /SyntaxError: '\(' was never closed/],
  ['an uncaught exception', 'def f():\n    raise ValueError("boom")\n\nf()\n', /Traceback \(most recent call last\):[\s\S]*File "welcome\.py", line 2, in f[\s\S]*ValueError: boom/],
];
// One page for all four, as a reader would try them: the browser's cache keeps Pyodide's
// files between the loads, so each program costs a run, not a download and a compile.
test(`Python with ${BAD_INPUT.map(([what]) => what).join(', ')} gets a clear message`, async ({ page }) => {
  test.setTimeout(120_000);
  const watch = watchProblems(page);
  for (const [what, code, message] of BAD_INPUT) {
    const pg = await pythonScratch(page, code);
    expect(await run(pg, 30_000), what).toBe('error');
    await expect(pg.locator('.pg-output'), what).toContainText(message);
  }
  watch.expectClean();
});

test('a flood of Python output is capped as TypeScript output is', async ({ page }) => {
  const pg = await pythonScratch(page, 'for i in range(1_000_000):\n    print(i)\n');
  await run(pg, 60_000);
  await expect(pg.locator('.pg-output')).toContainText('Output limit reached');
  expect(await pg.locator('.pg-output .pg-line').count()).toBeLessThan(20_000);
});

test('Copy, Share and Open in playground carry the Python twin; the workspace opens it in Python', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('zh-cn/');
  const pg = await playgroundOf(page, 'home/sequential');
  await choosePython(pg);
  const expected = exampleSource('home/sequential', 'zh-cn', 'py');
  await pg.locator('[data-action="copy"]').click();
  await expect(pg.locator('.pg-status')).toHaveText('代码已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  await pg.locator('[data-action="share"]').click();
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(link.hash.startsWith('#py/')).toBe(true);
  expect(decodeShareHash(link.hash)).toBe(expected);
  const open = new URL((await pg.locator('a[data-action="open"]').getAttribute('href'))!, page.url());
  expect(open.pathname).toBe('/zh-cn/playground/home/sequential/');
  expect(open.hash).toBe('#py');
  await page.goto(open.href);
  const ws = playgrounds(page).first();
  await expect(ws).toHaveAttribute('data-language', 'py');
  // Monaco in its Python mode, holding the twin.
  await expect(ws.locator('.monaco-editor')).toContainText('async def', { timeout: 20_000 });
  expect(await ws.locator('.monaco-editor .view-lines [class*="mtk"]').evaluateAll((els) => new Set(els.map((e) => getComputedStyle(e).color)).size)).toBeGreaterThan(2);
  // The gallery marks the examples that have a twin.
  expect(await page.locator('[data-example][data-languages~="py"]').count()).toBeGreaterThanOrEqual(45);
});

test('a Python draft is kept on a chapter page, apart from the TypeScript code', async ({ page }) => {
  await page.goto('chapters/01-generators-to-async-await/');
  const pg = playgrounds(page).first();
  await pg.scrollIntoViewIfNeeded();
  await choosePython(pg);
  await pg.locator('[data-action="edit"]').click();
  const editor = pg.locator('.monaco-editor');
  await expect(editor).toBeVisible({ timeout: 20_000 });
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nprint("my own line")');
  await page.waitForTimeout(500);
  await page.reload();
  const again = playgrounds(page).first();
  await expect(again).toHaveAttribute('data-language', 'py');
  await expect(again.locator('[data-draft-note]')).toBeVisible();
  await expect(again.locator('.pg-code[data-code-lang="py"]')).toContainText('print("my own line")');
  await again.locator('[data-language-choice="ts"]').click();
  await expect(again.locator('.pg-code[data-code-lang="ts"]')).not.toContainText('my own line');
});

test('axe: the switch and both outputs pass WCAG 2.2 AA, light and dark', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('');
  const pg = await playgroundOf(page, 'home/concurrent');
  await pg.locator('[data-action="run-both"]').click();
  await expect(pg.locator('.pg-chart')).toBeVisible({ timeout: 45_000 });
  expect(await wcagViolationsInBothThemes(page, '[data-playground]')).toEqual([]);
});
