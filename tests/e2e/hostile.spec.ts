// Hostile code, round two: whatever example code does, the reader gets a clear message,
// the page stays responsive, and no worker or frame outlives its run.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { EXAMPLE_PLAYGROUND, chapterSlugs, outputText, playgrounds, run, scratch, waitForEnd } from './support';
import { diffOutput } from '../support/golden';
import { goldenPath } from '../support/examples';

const rows = (page: Page) => page.locator('[data-playground] .pg-output .pg-line');

/** The sandbox's workers alive now: run workers and anything they started (Monaco's own have http URLs). */
const sandboxWorkers = (page: Page) => page.workers().filter((w) => w.url().startsWith('blob:')).length;

/** The page answers at once: a frame is drawn while the sandbox is busy. */
async function expectResponsive(page: Page) {
  expect(await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r('frame'))))).toBe('frame');
}

/** Runs code that never yields again after its first line: the page answers, and Stop ends the run and its worker. */
async function expectStopped(page: Page, pg: Locator, firstLine: RegExp) {
  await pg.locator('[data-action="run"]').click();
  await expect(rows(page).first()).toHaveText(firstLine);
  await expect(pg).toHaveAttribute('data-state', 'running');
  await expectResponsive(page);
  await pg.locator('[data-action="stop"]').click();
  await expect(pg).toHaveAttribute('data-state', 'stopped');
  await expect(pg.locator('.pg-notice')).toHaveText('Stopped.');
  await expect.poll(() => sandboxWorkers(page)).toBe(1);
}

test('a worker bomb is refused with a clear message, and no worker is left', async ({ page }) => {
  const pg = await scratch(page, [
    "const source = 'const spawn = () => new Worker(location.href); spawn(); spawn();';",
    "new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));",
    "console.log('never printed');",
  ].join('\n'));
  expect(await run(pg)).toBe('error');
  await expect(rows(page).first()).toContainText('TypeError: Example code cannot start workers in the playground');
  expect(await outputText(pg)).not.toContain('never printed');
  await expectResponsive(page);
  // What is left is the spare worker the sandbox keeps warm for the next run.
  await expect.poll(() => sandboxWorkers(page)).toBe(1);
});

test('Atomics.wait blocks the worker for good; Stop still ends the run at once', async ({ page }) => {
  // A shared WebAssembly memory gives a SharedArrayBuffer even without cross-origin isolation.
  const pg = await scratch(page, [
    'const memory = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });',
    "console.log('waiting forever');",
    'Atomics.wait(new Int32Array(memory.buffer), 0, 0);',
    "console.log('never printed');",
  ].join('\n'));
  await expectStopped(page, pg, /waiting forever/);
});

test('an endless microtask loop is ended by Stop; the page stays responsive', async ({ page }) => {
  const pg = await scratch(page, "console.log('looping');\nfor (;;) await null;\n");
  await expectStopped(page, pg, /looping/);
});

test('an object with a million keys and a 50 MB string hit the output limit, not the page', async ({ page }) => {
  test.setTimeout(90_000);
  const pg = await scratch(page, [
    "console.log('start');",
    'const wide: Record<string, number> = {};',
    'for (let i = 0; i < 1_000_000; i++) wide[`k${i}`] = i;',
    'console.log(wide);',
    "console.log('x'.repeat(50_000_000));",
  ].join('\n'));
  await pg.locator('[data-action="run"]').click();
  await expect(rows(page).first()).toHaveText(/start/);
  await expectResponsive(page);
  expect(await waitForEnd(pg, 60_000)).toBe('done');
  await expect(pg.locator('.pg-notice').first()).toContainText('Output limit reached');
  await expect(pg.locator('.pg-notice').last()).toContainText('2 more lines were not shown');
  await expectResponsive(page);
});

test('a Proxy whose traps throw is reported, not thrown into the example; hostile getters print as Node prints them', async ({ page }) => {
  const pg = await scratch(page, [
    "const trap = () => { throw new Error('trap'); };",
    'console.log(new Proxy({}, { get: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap }));',
    "console.log({ a: 1, get b(): never { throw new Error('getter'); } });",
    "console.log({ get constructor(): never { throw new Error('ctor'); } }, { constructor: 'fake' });",
    "console.log({ get [Symbol.toStringTag](): never { throw new Error('tag'); } });",
    "console.log('still running');",
  ].join('\n'));
  expect(await run(pg)).toBe('done');
  expect(await outputText(pg)).toBe([
    '[this value could not be printed: formatting it threw Error: trap. The playground prints a Proxy through its traps; Node prints its target.]',
    '{ a: 1, b: [Getter] }',
    "{ constructor: [Getter] } { constructor: 'fake' }",
    '{ Symbol(Symbol.toStringTag): [Getter] }',
    'still running',
  ].join('\n'));
});

test('the watchdog names the pending timer and when it would fire', async ({ page }) => {
  const pg = await scratch(page, "console.log('scheduled');\nsetTimeout(() => console.log('late'), 1e9);\n");
  await pg.evaluate((el) => (el.dataset.watchdogMs = '1500'));
  expect(await run(pg)).toBe('error');
  await expect(pg.locator('.pg-notice[data-level="error"]')).toHaveText(
    'Stopped after 1.50 s: the code itself had finished, but 1 timer(s) were still pending, the next due in 11.6 days. Clear timers you no longer need (clearTimeout, clearInterval), or press Run to try again.',
  );
  await expect.poll(() => sandboxWorkers(page)).toBe(1);
});

test('a busy run gets the general watchdog message', async ({ page }) => {
  const pg = await scratch(page, 'setTimeout(() => {}, 1e9);\nwhile (true) {}\n');
  await pg.evaluate((el) => (el.dataset.watchdogMs = '1000'));
  expect(await run(pg)).toBe('error');
  await expect(pg.locator('.pg-notice[data-level="error"]')).toContainText('Stopped after 1.00 s: the run had not finished');
});

test('the network is out of reach: fetch, importScripts and WebSocket are refused with a clear message', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => { if (r.url().includes('example.com')) requests.push(r.url()); });
  const pg = await scratch(page, [
    "await fetch('https://example.com/data.json').catch((e) => console.log('fetch:', String(e)));",
    "try { (self as unknown as { importScripts(url: string): void }).importScripts('https://example.com/lib.js'); } catch (e) { console.log('importScripts:', (e as Error).name); }",
    "const socket = new WebSocket('wss://example.com/live');",
    'await new Promise((r) => { socket.onerror = r; socket.onclose = r; });',
    "const local = await fetch('data:text/plain,still%20works');",
    'console.log(await local.text());',
  ].join('\n'));
  expect(await run(pg)).toBe('done');
  const text = await outputText(pg);
  expect(text).toContain('fetch: TypeError: Failed to fetch');
  expect(text).toContain('importScripts: NetworkError');
  for (const url of ['https://example.com/data.json', 'https://example.com/lib.js', 'wss://example.com/live']) {
    expect(text).toContain(`The sandbox does not let example code reach the network, so ${url} was refused.`);
  }
  expect(text).toContain('still works');
  expect(requests).toEqual([]);
});

test('50 Run clicks in quick succession leave one run\'s output and no extra worker', async ({ page }) => {
  await page.goto(`chapters/${chapterSlugs[0]}/`);
  const pg = playgrounds(page).first();
  const button = pg.locator('[data-action="run"]');
  await button.click();
  // Not 'running': on a fast machine the first run may already be done; each click then starts another.
  await expect(pg).not.toHaveAttribute('data-state', 'idle');
  for (let i = 0; i < 49; i++) await button.click({ delay: 0 });
  expect(await waitForEnd(pg)).toBe('done');
  const { id } = JSON.parse((await pg.locator('.pg-data').textContent())!)[0];
  expect(diffOutput(readFileSync(goldenPath(id), 'utf8'), await outputText(pg))).toBeUndefined();
  await expect.poll(() => sandboxWorkers(page)).toBe(1);
  expect(await page.locator('iframe[sandbox]').count()).toBe(1);
});

test('Run on every playground of a page at once: each prints its own output, nothing leaks', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`chapters/${chapterSlugs[2]}/`);
  const all = playgrounds(page);
  const count = await all.count();
  expect(count).toBeGreaterThan(3);
  await page.evaluate((selector) => document.querySelectorAll<HTMLButtonElement>(`${selector} [data-action="run"]`).forEach((b) => b.click()), EXAMPLE_PLAYGROUND);
  for (let i = 0; i < count; i++) {
    const pg = all.nth(i);
    expect(await waitForEnd(pg, 60_000)).toBe('done');
    const { id } = JSON.parse((await pg.locator('.pg-data').textContent())!)[0];
    // Elapsed times are not compared: many runs at once on two cores slow each other down.
    const diff = diffOutput(readFileSync(goldenPath(id), 'utf8'), await outputText(pg));
    expect(diff === undefined || diff.includes('too far'), `${id}: ${diff}`).toBe(true);
  }
  await expect.poll(() => sandboxWorkers(page)).toBe(1);
  expect(await page.locator('iframe[sandbox]').count()).toBe(1);
});
