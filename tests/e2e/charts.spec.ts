// The elapsed-time charts as a reader sees them: bars on one scale (measured in the browser),
// labels beside the track and never over it, at desktop and phone widths; ties said as ties,
// and timers ranked only against timers that measure the same thing.
import { test, expect, type Locator } from '@playwright/test';
import { playgroundOf, run, scratch } from './support';

/** Each row's time, its bar's and track's boxes, and its label's box. */
const geometry = (chart: Locator) => chart.locator('[data-measure][data-ms]').evaluateAll((rows) => rows.map((row) => {
  const box = (sel: string) => { const r = row.querySelector(sel)!.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width }; };
  return { label: row.getAttribute('data-measure')!, ms: Number(row.getAttribute('data-ms')), bar: box('[data-bar]'), track: box('.pg-bar-track'), name: box('.pg-bar-label'), note: row.getAttribute('data-note') };
}));

async function expectOneScale(chart: Locator) {
  const rows = await geometry(chart);
  expect(rows.length).toBeGreaterThanOrEqual(2);
  const slowest = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
  for (const r of rows) {
    // Proportional to the time, within 2 px; every track starts and ends where the others do.
    expect(Math.abs(r.bar.width - (slowest.bar.width * r.ms) / slowest.ms), `${r.label}: ${r.ms} ms drawn ${r.bar.width} px`).toBeLessThanOrEqual(2);
    expect(Math.abs(r.track.left - rows[0].track.left)).toBeLessThanOrEqual(1);
    expect(Math.abs(r.track.width - rows[0].track.width)).toBeLessThanOrEqual(1);
    expect(r.bar.left).toBeCloseTo(r.track.left, 0);
    // The label never covers the track: beside it, or above it on a phone.
    expect(r.name.right <= r.track.left + 0.5 || r.name.bottom <= r.track.top + 0.5, `${r.label}'s label overlaps its track`).toBe(true);
  }
  expect(rows[0].track.width).toBeGreaterThanOrEqual(150);
  return rows;
}

for (const width of [1280, 390]) {
  test(`at ${width} px Run all's chart and the console.time chart draw every bar on one scale`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('chapters/03-async-generators-in-depth/');
    let pg = await playgroundOf(page, '03-async-generators-in-depth/three-sequential');
    await pg.locator('[data-action="run-all"]').click();
    await expect(pg.locator('.pg-chart')).toBeVisible({ timeout: 20_000 });
    await expectOneScale(pg.locator('.pg-chart'));

    await page.goto('chapters/01-generators-to-async-await/');
    pg = await playgroundOf(page, '01-generators-to-async-await/overlapping-waits');
    expect(await run(pg)).toBe('done');
    await expectOneScale(pg.locator('.pg-chart'));
  });
}

test('two timers within a few percent take about the same time: no fastest, no ratio (both languages)', async ({ page }) => {
  // Two equal sleeps in one run: the same time by construction, a few ms apart at most.
  const code = [
    'const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));',
    "console.time('first'); await sleep(200); console.timeEnd('first');",
    "console.time('second'); await sleep(200); console.timeEnd('second');",
  ].join('\n');
  for (const [lang, same] of [['en', /^first and second take about the same time$/], ['zh-cn', /^“first”和“second”耗时相当$/]] as const) {
    const pg = await scratch(page, code, lang);
    expect(await run(pg)).toBe('done');
    const chart = pg.locator('.pg-chart');
    await expect(chart.locator('.pg-summary')).toHaveText(same);
    await expect(chart.locator('[data-measure]')).toHaveCount(2);
    await expect(chart.locator('[data-note="fastest"]')).toHaveCount(0);
    for (const value of await chart.locator('.pg-bar-value').allTextContents()) expect(value).toMatch(/^\d+ ms$/);
  }
});

test('the console.time chart ranks I/O against I/O and CPU against CPU, never across', async ({ page }) => {
  await page.goto('chapters/01-generators-to-async-await/');
  const pg = await playgroundOf(page, '01-generators-to-async-await/overlapping-waits');
  expect(await run(pg)).toBe('done');
  const chart = pg.locator('.pg-chart');
  const rows = await geometry(chart);
  expect(rows.map((r) => r.label)).toEqual(['I/O, one after another', 'I/O, waits overlapped', 'CPU, one after another', "CPU, 'overlapped'"]);
  const verdicts = await chart.locator('.pg-summary').allTextContents();
  expect(verdicts).toHaveLength(2);
  expect(verdicts[0]).toMatch(/^I\/O, waits overlapped is [23]\.\d× faster than I\/O, one after another$/);
  expect(verdicts[1]).not.toMatch(/I\/O/);
  expect(rows[1].note).toBe('fastest');
  // The CPU timers are compared with each other only: a ratio they print is to the faster CPU timer, never to the I/O one.
  const values = await chart.locator('.pg-bar-value').allTextContents();
  const cpuFastest = Math.min(rows[2].ms, rows[3].ms);
  for (const i of [2, 3]) {
    const ratio = values[i].match(/([\d.]+)× slower/);
    if (ratio) expect(Number(ratio[1])).toBeCloseTo(rows[i].ms / cpuFastest, 1);
    else expect(['', 'fastest']).toContain(rows[i].note);
  }
});
