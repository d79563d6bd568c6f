// The live timeline on real pages: lanes, spans and markers (the data-* contract), Run
// all on one scale, order mode, edited code, the text table, and the link between a
// console line and its tick.
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { run, waitForEnd } from './support';

/** The playground that shows example `id` (its first variant or any other). */
async function playgroundOf(page: Page, id: string): Promise<Locator> {
  const index = await page.locator('[data-playground]').evaluateAll(
    (els, wanted) => els.findIndex((el) => el.querySelector('.pg-data')!.textContent!.includes(`"${wanted}"`)),
    id,
  );
  expect(index, `a playground shows ${id}`).toBeGreaterThanOrEqual(0);
  const pg = page.locator('[data-playground]').nth(index);
  await pg.scrollIntoViewIfNeeded();
  return pg;
}

/** Replaces the home page's first example with `lines` in the editor, runs it, waits for a clean end. */
async function runEdited(page: Page, lines: string[]): Promise<Locator> {
  await page.goto('');
  const pg = page.locator('[data-playground]').first();
  await pg.locator('[data-action="edit"]').click();
  const editor = pg.locator('.monaco-editor').first();
  await expect(editor).toBeVisible({ timeout: 15_000 });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(lines.join('\n'));
  await pg.locator('[data-action="run"]').click();
  expect(await waitForEnd(pg)).toBe('done');
  return pg;
}

interface SpanBox { kind: string; from: number; to: number }
const lanes = (scope: Locator) =>
  scope.locator('[data-lane]').evaluateAll((els) =>
    els.map((el) => ({
      name: el.getAttribute('data-name')!,
      spans: [...el.querySelectorAll('[data-span]')].map((s) => ({ kind: s.getAttribute('data-kind')!, from: Number(s.getAttribute('data-from')), to: Number(s.getAttribute('data-to')) })),
      events: [...el.querySelectorAll('[data-event]')].map((e) => ({ kind: e.getAttribute('data-kind')!, t: Number(e.getAttribute('data-t')) })),
    })),
  );
const longestWait = (spans: SpanBox[]) => spans.filter((s) => s.kind === 'wait').reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));

test('three concurrent sleeps: the timeline opens by itself and shows three overlapping waits', async ({ page }) => {
  await page.goto('');
  const pg = await playgroundOf(page, 'home/concurrent');
  await pg.locator('[role="tab"]').nth(1).click();
  expect(await run(pg)).toBe('done');
  const box = pg.locator('[data-timeline-box]');
  await expect(box).toHaveAttribute('open', '');
  const all = await lanes(pg.locator('[data-timeline]'));
  expect(all.map((l) => l.name)).toEqual(['top level', "task('A')", "task('B')", "task('C')"]);
  const waits = all.slice(1).map((l) => longestWait(l.spans));
  expect(Math.max(...waits.map((w) => w.from))).toBeLessThan(Math.min(...waits.map((w) => w.to)));
  for (const l of all.slice(1)) {
    expect(l.events.filter((e) => e.kind === 'log')).toHaveLength(2);
    expect(l.events.at(-1)!.kind).toBe('resolve');
    expect(l.events.some((e) => e.kind === 'timer')).toBe(true);
  }
  await expect(pg.locator('[data-timeline-summary]')).toHaveText(/3 tasks/);
});

test('Run all stacks the variants on one time scale: sequential waits follow each other', async ({ page }) => {
  await page.goto('');
  const pg = await playgroundOf(page, 'home/sequential');
  await pg.locator('[data-action="run-all"]').click();
  await expect(pg.locator('.pg-chart', { hasText: 'Elapsed time by variant' })).toBeVisible({ timeout: 20_000 });
  const timeline = pg.locator('[data-timeline]');
  await expect(timeline.locator('svg')).toHaveCount(1);
  await expect(timeline.locator('svg > g[data-run]')).toHaveCount(2);
  const [seq, conc] = [await lanes(timeline.locator('svg > g[data-run="0"]')), await lanes(timeline.locator('svg > g[data-run="1"]'))];
  const seqWaits = seq.slice(1).map((l) => longestWait(l.spans));
  expect(seqWaits[1].from).toBeGreaterThanOrEqual(seqWaits[0].to);
  expect(seqWaits[2].from).toBeGreaterThanOrEqual(seqWaits[1].to);
  // One scale: the concurrent run's bars are about a third as long as the sequential run's.
  const width = (run: number) => timeline.locator(`svg > g[data-run="${run}"] [data-lane]`).first().locator('[data-span]').evaluateAll((els) => {
    const xs = els.flatMap((el) => { const r = el.getBoundingClientRect(); return [r.left, r.right]; });
    return Math.max(...xs) - Math.min(...xs);
  });
  const ratio = (await width(0)) / (await width(1));
  expect(ratio).toBeGreaterThan(2);
  expect(conc).toHaveLength(4);
});

test('an async generator and a slow consumer: next() requests linked to yields', async ({ page }) => {
  await page.goto('chapters/03-async-generators-in-depth/');
  const pg = await playgroundOf(page, '03-async-generators-in-depth/thinking-slow-consumer');
  await pg.locator('[role="tab"]').filter({ hasText: '30 ms' }).click();
  expect(await run(pg)).toBe('done');
  const all = await lanes(pg.locator('[data-timeline]'));
  const gen = all.find((l) => l.name === 'simulateThinking')!;
  const yields = gen.events.filter((e) => e.kind === 'yield');
  const nexts = all[0].events.filter((e) => e.kind === 'next');
  expect(yields).toHaveLength(5);
  expect(nexts).toHaveLength(6);
  yields.forEach((y, i) => expect(y.t).toBeGreaterThanOrEqual(nexts[i].t));
  await expect(pg.locator('[data-timeline] [data-link]')).toHaveCount(6);
});

test('break out of for await: return() and the generator finishing', async ({ page }) => {
  await page.goto('chapters/02-async-iteration-protocol/');
  const pg = await playgroundOf(page, '02-async-iteration-protocol/break-calls-return');
  expect(await run(pg)).toBe('done');
  await pg.locator('[data-timeline-box] > summary').click();
  const all = await lanes(pg.locator('[data-timeline]'));
  const consumer = all.find((l) => l.events.some((e) => e.kind === 'return'))!;
  const gen = all.find((l) => l !== consumer && l.events.some((e) => e.kind === 'yield'))!;
  const ret = consumer.events.find((e) => e.kind === 'return')!;
  expect(gen.events.at(-1)!.kind).toBe('resolve');
  expect(gen.events.at(-1)!.t).toBeGreaterThanOrEqual(ret.t);
});

test('a microtask-only program is drawn by order, and the reader can switch to time', async ({ page }) => {
  const pg = await runEdited(page, [
    "async function job(name: string) { console.log(name, 'starts'); await null; console.log(name, 'resumes'); }",
    "setTimeout(() => console.log('timer'), 0);",
    "void job('a'); void job('b');",
    "await Promise.reject(new Error('boom')).catch((e) => console.log('caught', e.message));",
  ]);
  const box = pg.locator('[data-timeline-box]');
  await expect(box).toHaveAttribute('open', '');
  await expect(box.locator('.pg-tl')).toHaveAttribute('data-mode', 'order');
  expect((await lanes(box)).map((l) => l.name)).toEqual(['top level', "job('a')", "job('b')"]);
  await box.locator('[data-timeline-mode]').click();
  await expect(box.locator('.pg-tl')).toHaveAttribute('data-mode', 'time');
  await expect(box.locator('[data-timeline-mode]')).toHaveAttribute('aria-pressed', 'false');
});

test('a rejected task ends with a reject marker; the table says it in words', async ({ page }) => {
  const pg = await runEdited(page, [
    'const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));',
    "async function broken() { await sleep(20); throw new TypeError('boom'); }",
    "async function fine() { await sleep(10); return 1; }",
    "try { await Promise.all([broken(), fine()]); } catch (e) { console.log('caught'); }",
  ]);
  const box = pg.locator('[data-timeline-box]');
  await expect(box).toHaveAttribute('open', '');
  const broken = (await lanes(box)).find((l) => l.name === 'broken')!;
  expect(broken.events.at(-1)!.kind).toBe('reject');
  // Keyboard only: the table opens from its summary.
  await box.locator('.pg-tl-table > summary').focus();
  await page.keyboard.press('Enter');
  const table = box.locator('.pg-tl-table table');
  await expect(table).toBeVisible();
  await expect(table.locator('tr', { hasText: 'broken' }).filter({ hasText: 'rejects with TypeError: boom' })).toHaveCount(1);
  await expect(table.locator('tr', { hasText: 'fine' }).filter({ hasText: 'waits for a 10 ms timer' })).toHaveCount(1);
});

test('pointing at a console line lights up its tick', async ({ page }) => {
  await page.goto('');
  const pg = await playgroundOf(page, 'home/concurrent');
  await pg.locator('[role="tab"]').nth(1).click();
  expect(await run(pg)).toBe('done');
  const row = pg.locator('.pg-line[data-line="2"]');
  await row.hover();
  await expect(pg.locator('[data-event][data-kind="log"].is-hot')).toHaveCount(1);
  await expect(pg.locator('[data-event][data-kind="log"].is-hot')).toHaveAttribute('data-line', '2');
});

test('the arrow keys walk the console lines and light up each one\'s tick', async ({ page }) => {
  await page.goto('');
  const pg = await playgroundOf(page, 'home/concurrent');
  await pg.locator('[role="tab"]').nth(1).click();
  expect(await run(pg)).toBe('done');
  await page.mouse.move(0, 0); // a pointer resting on a line would light up that one too
  await pg.locator('.pg-output').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(pg.locator('.pg-line[data-line="1"]')).toBeFocused();
  await expect(pg.locator('[data-event][data-kind="log"].is-hot')).toHaveAttribute('data-line', '1');
  await page.keyboard.press('End');
  await expect(pg.locator('.pg-line[data-line]').last()).toBeFocused();
});

test('the Chinese page labels the module lane in Chinese', async ({ page }) => {
  await page.goto('zh-cn/');
  const pg = await playgroundOf(page, 'home/concurrent');
  await pg.locator('[role="tab"]').nth(1).click();
  expect(await run(pg)).toBe('done');
  await expect(pg.locator('[data-lane]').first()).toHaveAttribute('data-name', '模块顶层');
  await expect(pg.locator('[data-timeline-box] > summary')).toContainText('时间线');
});

test('at phone width the timeline scrolls inside its box, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('chapters/03-async-generators-in-depth/');
  const pg = await playgroundOf(page, '03-async-generators-in-depth/microtasks-before-timers');
  expect(await run(pg)).toBe('done');
  await pg.locator('[data-timeline-box] > summary').click();
  await expect(pg.locator('[data-lane]').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the timeline and its table pass axe (${theme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: theme });
    const page = await context.newPage();
    await page.goto('chapters/03-async-generators-in-depth/');
    const pg = await playgroundOf(page, '03-async-generators-in-depth/thinking-slow-consumer');
    await pg.locator('[data-action="run-all"]').click();
    await expect(pg.locator('.pg-chart', { hasText: 'Elapsed time by variant' })).toBeVisible({ timeout: 20_000 });
    await pg.locator('.pg-tl-table > summary').click();
    const results = await new AxeBuilder({ page }).include('[data-timeline-box]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
}

test('a closed timeline records nothing: opened, it asks for a run, which it then draws', async ({ page }) => {
  const pg = await runEdited(page, ["console.log('one task, no generator');"]);
  const box = pg.locator('[data-timeline-box]');
  // The first run was traced, to see whether the timeline teaches here: it does not, so it stays closed.
  await expect(box).not.toHaveAttribute('open', '');
  expect(await run(pg)).toBe('done');
  await box.locator('summary').click();
  await expect(pg.locator('.pg-tl-untraced')).toHaveText(/records only while it is open/);
  await expect(pg.locator('[data-lane]')).toHaveCount(0);
  await expect(pg.locator('[data-timeline-summary]')).toHaveText('');
  expect(await run(pg)).toBe('done');
  await expect(pg.locator('[data-lane]')).toHaveCount(1);
  await expect(pg.locator('[data-lane] [data-event][data-kind="log"]')).toHaveCount(1);
  await expect(pg.locator('.pg-tl-untraced')).toHaveCount(0);
});
