// The live timeline on real pages: lanes, spans and markers (the data-* contract), Run
// all on one scale, order mode, edited code, the text table, and the link between a
// console line and its tick.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { playgroundOf, run, waitForEnd, wcagViolationsInBothThemes } from './support';

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
/** Each lane's label as drawn (its own text, not its tooltip's) and the font it is set in. */
const laneLabelFonts = (scope: Locator) =>
  scope.locator('text.pg-tl-label').evaluateAll((els) =>
    els.map((el) => ({ text: el.textContent ?? '', font: getComputedStyle(el).fontFamily })),
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
  await expect(box.locator('[data-order-axis]')).toHaveText('By order: nothing here took time, so events are spaced one step apart');
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
  // Few monospace fonts have CJK glyphs: the module lane's Chinese label is set in the body font.
  const [module, ...tasks] = await laneLabelFonts(pg);
  expect(module).toEqual({ text: '模块顶层', font: await page.evaluate(() => getComputedStyle(document.body).fontFamily) });
  expect(tasks.map((t) => t.text)).toEqual(["task('A')", "task('B')", "task('C')"]);
  for (const t of tasks) expect(t.font).toMatch(/mono/i); // code stays in the code font
});

test('a lane label with Chinese in it is never set in the monospace font', async ({ page }) => {
  await page.goto('zh-cn/chapters/01-generators-to-async-await/');
  const pg = await playgroundOf(page, '01-generators-to-async-await/gather-fail-fast');
  expect(await run(pg)).toBe('done');
  await expect(pg.locator('[data-timeline-box]')).toHaveAttribute('open', '');
  const fonts = await laneLabelFonts(pg);
  const cjk = (f: { text: string }) => /[\u3000-\u9fff\uff00-\uffef]/.test(f.text);
  expect(fonts.filter(cjk).length, 'lanes labelled with Chinese arguments').toBeGreaterThan(1);
  expect(fonts.filter((f) => cjk(f) && /mono/i.test(f.font))).toEqual([]);
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

test('the timeline and its table pass axe, light and dark', async ({ page }) => {
  await page.goto('chapters/03-async-generators-in-depth/');
  const pg = await playgroundOf(page, '03-async-generators-in-depth/thinking-slow-consumer');
  await pg.locator('[data-action="run-all"]').click();
  await expect(pg.locator('.pg-chart', { hasText: 'Elapsed time by variant' })).toBeVisible({ timeout: 20_000 });
  await pg.locator('.pg-tl-table > summary').click();
  expect(await wcagViolationsInBothThemes(page, '[data-timeline-box]')).toEqual([]);
});

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

/** Runs chapter 3's "Three tasks…" playground with Run all (lang 'en' or 'zh-cn'), optionally switched to order mode. */
async function threeTasks(page: Page, lang: 'en' | 'zh-cn', order: boolean): Promise<Locator> {
  await page.goto(`${lang === 'en' ? '' : 'zh-cn/'}chapters/03-async-generators-in-depth/`);
  const pg = await playgroundOf(page, '03-async-generators-in-depth/three-sequential');
  await pg.locator('[data-action="run-all"]').click();
  await expect(pg.locator('.pg-chart')).toBeVisible({ timeout: 20_000 });
  if (order) {
    await pg.locator('[data-timeline-mode]').click();
    await expect(pg.locator('.pg-tl')).toHaveAttribute('data-mode', 'order');
    // These runs took 300 to 900 ms: the caption must not say that nothing took time.
    await expect(pg.locator('[data-order-axis]')).toHaveText(lang === 'en' ? 'By order: events are spaced one step apart, not by the time they took' : '按顺序排列：事件按先后等距排开，不按实际耗时');
  }
  return pg;
}

/** The drawing's rendered scale (its box against its own width) and the smallest text it draws, in CSS px on screen. */
const drawnScale = (pg: Locator) => pg.locator('.pg-tl-svg').evaluate((svg: SVGSVGElement) => {
  const scale = svg.getBoundingClientRect().width / svg.width.baseVal.value;
  const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
  return { scale, minText: Math.min(...sizes), own: svg.width.baseVal.value };
});

for (const width of [390, 1280]) {
  test(`at ${width} px the timeline is drawn at its own scale, in order mode too, and scrolls sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    for (const order of [false, true]) {
      const pg = await threeTasks(page, 'en', order);
      const { scale, minText, own } = await drawnScale(pg);
      expect(scale, `${order ? 'order' : 'time'} mode, ${own} px drawing`).toBeGreaterThanOrEqual(0.9);
      expect(minText).toBeGreaterThanOrEqual(10);
      const box = await pg.locator('.pg-tl-scroll').evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
      if (order || width < 500) expect(box.scroll).toBeGreaterThan(box.client);
      // The page itself never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    }
  });
}

/** Lane names that end left of the plot, and value labels (yields) that overlap nothing. */
const labelGeometry = (pg: Locator) => pg.locator('.pg-tl-svg').evaluate((svg) => {
  const plot = Math.min(...[...svg.querySelectorAll('.pg-tl-base')].map((l) => l.getBoundingClientRect().left));
  const names = [...svg.querySelectorAll('.pg-tl-label')].map((t) => ({ text: t.firstChild!.textContent!, right: t.getBoundingClientRect().right }));
  const values = [...svg.querySelectorAll('.pg-tl-value')].map((t) => { const r = t.getBoundingClientRect(); return { text: t.textContent!, left: r.left, right: r.right, top: r.top, bottom: r.bottom }; });
  const overlaps: string[] = [];
  values.forEach((a, i) => values.slice(i + 1).forEach((b) => {
    if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) overlaps.push(`${a.text} / ${b.text}`);
  }));
  return { plot, names, values: values.length, overlaps, intoLabels: values.filter((v) => v.left < plot).map((v) => v.text) };
});

for (const lang of ['en', 'zh-cn'] as const) {
  test(`lane names never run into the plot and value labels never overlap (${lang})`, async ({ page }) => {
    for (const order of [false, true]) {
      const pg = await threeTasks(page, lang, order);
      const g = await labelGeometry(pg);
      for (const n of g.names) expect(n.right, `${n.text} (${order ? 'order' : 'time'})`).toBeLessThanOrEqual(g.plot);
      expect(g.values).toBeGreaterThan(0);
      expect(g.overlaps).toEqual([]);
      expect(g.intoLabels).toEqual([]);
    }
    // Long names (streamResponse(1, -1)#1) and Chinese values ('用户 1: 第 2 条消息') side by side.
    const pg = await playgroundOf(page, '03-async-generators-in-depth/three-user-streams');
    expect(await run(pg)).toBe('done');
    const g = await labelGeometry(pg);
    expect(g.names.map((n) => n.text)).toContain('streamResponse(1, -1)#1');
    for (const n of g.names) expect(n.right, n.text).toBeLessThanOrEqual(g.plot);
    expect(g.values).toBeGreaterThan(0);
    expect(g.overlaps).toEqual([]);
  });
}

test('lanes are named after what the trace knows: arguments numbered where they repeat, callbacks after their callee', async ({ page }) => {
  for (const [lang, module, callback] of [['en', 'top level', 'map callback'], ['zh-cn', '模块顶层', 'map 的回调']] as const) {
    await page.goto(`${lang === 'en' ? '' : 'zh-cn/'}chapters/01-generators-to-async-await/`);
    const pg = await playgroundOf(page, '01-generators-to-async-await/overlapping-waits');
    expect(await run(pg)).toBe('done');
    const box = pg.locator('[data-timeline-box]');
    if ((await box.getAttribute('open')) === null) await box.locator('> summary').click();
    const names = (await lanes(box)).map((l) => l.name);
    expect(names).toEqual([module, "read('a')#1", "read('b')#1", "read('c')#1", "read('a')#2", "read('b')#2", "read('c')#2", `${callback}#1`, `${callback}#2`, `${callback}#3`]);
    // Words are set in the body font, code in the monospace one (issue 18: no Chinese in monospace).
    const bare = (font: string) => font.replace(/["']/g, '');
    const fonts = (await box.locator('.pg-tl-label').evaluateAll((els) => els.map((el) => getComputedStyle(el).fontFamily))).map(bare);
    const [body, mono] = (await page.evaluate(() => ['--font-body', '--font-mono'].map((v) => getComputedStyle(document.documentElement).getPropertyValue(v).trim()))).map(bare);
    expect(fonts[0]).toBe(body);
    expect(fonts[1]).toBe(mono);
    expect(fonts.at(-1)).toBe(lang === 'en' ? mono : body);
  }
});

test('a run with one task says "1 task"', async ({ page }) => {
  const pg = await runEdited(page, ['async function only() { await null; }', 'await only();']);
  await expect(pg.locator('[data-timeline-summary]')).toHaveText(/^Timeline: 1 task, \d+ events\.$/);
});

test('every span and marker is a target of at least 24 × 24 px whose tip a mouse, a tap and the keyboard all reach', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true });
  const page = await context.newPage();
  await page.goto('');
  const pg = await playgroundOf(page, 'home/concurrent');
  await pg.locator('[role="tab"]').nth(1).click();
  expect(await run(pg)).toBe('done');
  const items = pg.locator('.pg-tl-item');
  const sizes = await items.evaluateAll((els) => els.map((el) => { const r = el.getBoundingClientRect(); return Math.min(r.width, r.height); }));
  expect(sizes.length).toBeGreaterThan(10);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(23.9); // 24 px, give or take subpixel rounding
  const tip = pg.locator('.pg-tl-tip');
  // A tap.
  const timer = pg.locator('.pg-tl-item[data-kind="resolve"]').first();
  await timer.tap();
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText((await timer.getAttribute('aria-label'))!);
  await expect(tip).toContainText('finishes');
  // The keyboard: the drawing is one Tab stop after the mode button; arrows walk it.
  await pg.locator('[data-timeline-mode]').focus();
  await page.keyboard.press('Tab');
  const focused = pg.locator('.pg-tl-item:focus');
  await expect(focused).toHaveCount(1);
  await expect(tip).toHaveText((await focused.getAttribute('aria-label'))!);
  const firstLane = await focused.evaluate((el) => el.closest('[data-lane]')!.getAttribute('data-name'));
  await page.keyboard.press('ArrowRight');
  await expect(tip).toHaveText((await focused.getAttribute('aria-label'))!);
  await page.keyboard.press('ArrowDown');
  expect(await focused.evaluate((el) => el.closest('[data-lane]')!.getAttribute('data-name'))).not.toBe(firstLane);
  await expect(tip).toHaveText((await focused.getAttribute('aria-label'))!);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  // A mouse.
  const wait = pg.locator(`[data-lane][data-name="task('A')"] .pg-tl-item:has([data-kind="wait"])`).first();
  await wait.hover();
  await expect(tip).toHaveText((await wait.getAttribute('aria-label'))!);
  await expect(tip).toContainText('waits for a 300 ms timer');
  await context.close();
});

test('the table says what the tooltips say: whose next value a loop waits for, and the printed text', async ({ page }) => {
  await page.goto('chapters/03-async-generators-in-depth/');
  const pg = await playgroundOf(page, '03-async-generators-in-depth/three-sequential');
  await pg.locator('[role="tab"]').nth(1).click();
  expect(await run(pg)).toBe('done');
  await pg.locator('.pg-tl-table > summary').click();
  const table = pg.locator('.pg-tl-table table');
  await expect(table.locator('tr', { hasText: 'consume(1)' }).filter({ hasText: 'waits for the next value of task(1)' }).first()).toBeVisible();
  await expect(table.locator('tr', { hasText: 'consume(2)' }).filter({ hasText: 'prints “task 2: step 0”' })).toHaveCount(1);
  await expect(pg.locator('.pg-tl-item[aria-label^="consume(1) · waits for the next value of task(1)"]').first()).toBeAttached();
  await expect(pg.locator('.pg-tl-item[aria-label^="consume(2) · prints “task 2: step 0”"]')).toHaveCount(1);
});
