import { test, expect, type Page } from '@playwright/test';
import { decodeShareHash } from '../../src/playground/share';
import { chapterSlugs, outputText, playgrounds, run, scratch, waitForEnd, watchProblems } from './support';

const lines = (page: Page) => page.locator('[data-playground] .pg-output .pg-line');

test.describe('running code', () => {
  test('output lines carry level and time; the footer gives the elapsed time', async ({ page }) => {
    const pg = await scratch(page, [
      'const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));',
      "console.log('first');",
      'await sleep(300);',
      "console.info('info'); console.warn('warn'); console.error('error'); console.debug('debug');",
    ].join('\n'));
    expect(await run(pg)).toBe('done');
    const rows = lines(page);
    await expect(rows).toHaveCount(5);
    expect(await rows.evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.level))).toEqual(['log', 'info', 'warn', 'error', 'debug']);
    const times = await rows.evaluateAll((rs) => rs.map((r) => Number((r as HTMLElement).dataset.t)));
    expect(times[0]).toBeLessThan(100);
    expect(times[1]).toBeGreaterThanOrEqual(290);
    await expect(rows.first().locator('.pg-time')).toHaveText(/^\+0\.0\d\d s$/);
    const elapsed = Number(await pg.locator('.pg-elapsed').getAttribute('data-elapsed'));
    expect(elapsed).toBeGreaterThanOrEqual(300);
    await expect(pg.locator('[role="log"]')).toHaveAttribute('aria-live', 'polite');
  });

  test('code from a link never runs until Run is pressed', async ({ page }) => {
    const pg = await scratch(page, "console.log('ran');");
    await expect(page.locator('[data-scratch-note]')).toBeVisible();
    await page.waitForTimeout(500);
    await expect(pg).toHaveAttribute('data-state', 'idle');
    await expect(lines(page)).toHaveCount(0);
  });

  test('values print the way Node prints them', async ({ page }) => {
    const pg = await scratch(page, [
      'class Point { constructor(public x: number, public y: number) {} }',
      'const loop: Record<string, unknown> = { name: "loop" }; loop.self = loop;',
      "console.log([1, 2], { a: 1 }, new Map([['k', 1]]), new Set(['s']));",
      "console.log('top', ['nested'], null, undefined, 10n, Symbol('s'));",
      'console.log(new Point(1, 2), loop);',
      "console.log({ a: { b: { c: { d: 1 } } } });",
    ].join('\n'));
    expect(await run(pg)).toBe('done');
    expect(await outputText(pg)).toBe([
      "[ 1, 2 ] { a: 1 } Map(1) { 'k' => 1 } Set(1) { 's' }",
      "top [ 'nested' ] null undefined 10n Symbol(s)",
      "Point { x: 1, y: 2 } <ref *1> { name: 'loop', self: [Circular *1] }",
      '{ a: { b: { c: [Object] } } }',
    ].join('\n'));
  });

  test('the whole console API', async ({ page }) => {
    const pg = await scratch(page, [
      "console.group('outer'); console.log('inside'); console.groupEnd(); console.log('outside');",
      "console.count(); console.count(); console.count('x');",
      "console.assert(1 === 2, 'math'); console.assert(true, 'never');",
      "console.table([{ a: 1 }, { a: 2 }]);",
      "console.dir({ deep: { er: { est: { x: 1 } } } }, { depth: 0 });",
      "console.time('t'); console.timeLog('t', 'mid'); console.timeEnd('t'); console.timeEnd('nope');",
      "console.trace('here');",
    ].join('\n'));
    expect(await run(pg)).toBe('done');
    const text = await outputText(pg);
    expect(text).toContain('outer\n  inside\noutside');
    expect(text).toContain('default: 1\ndefault: 2\nx: 1');
    expect(text).toContain('Assertion failed: math');
    expect(text).not.toContain('never');
    expect(text).toContain('┌─────────┬───┐\n│ (index) │ a │');
    expect(text).toContain('{ deep: [Object] }');
    expect(text).toMatch(/t: \d+(\.\d+)?ms mid\nt: \d+(\.\d+)?ms/);
    expect(text).toContain("Warning: No such label 'nope' for console.timeEnd()");
    expect(text).toMatch(/Trace: here\n\s+at .*welcome\.ts:7:9/);
  });

  test('console.time labels become a bar chart with the ratio', async ({ page }) => {
    const pg = await scratch(page, [
      'const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));',
      "console.time('sequential'); await sleep(300); await sleep(300); await sleep(300); console.timeEnd('sequential');",
      "console.time('concurrent'); await Promise.all([sleep(300), sleep(300), sleep(300)]); console.timeEnd('concurrent');",
    ].join('\n'));
    expect(await run(pg)).toBe('done');
    const chart = pg.locator('.pg-chart');
    await expect(chart.locator('.pg-bar-row')).toHaveCount(2);
    await expect(chart.locator('.pg-bar-row[data-note="fastest"] .pg-bar-label')).toHaveText('concurrent');
    await expect(chart.locator('.pg-summary')).toHaveText(/concurrent is (2\.[5-9]|3\.\d)× faster than sequential/);
  });

  test('two playgrounds on one page run at once without interfering', async ({ page }) => {
    await page.goto(`chapters/${chapterSlugs[2]}/`);
    const [a, b] = [playgrounds(page).nth(0), playgrounds(page).nth(1)];
    await a.locator('[data-action="run"]').click();
    await b.locator('[data-action="run"]').click();
    expect(await waitForEnd(a)).toBe('done');
    expect(await waitForEnd(b)).toBe('done');
    expect(await outputText(a)).not.toBe(await outputText(b));
  });

  test('Ctrl+Enter runs; output of a replaced run is dropped', async ({ page }) => {
    const pg = await scratch(page, [
      'const id = Math.random().toString(36).slice(2, 8);',
      'console.log(`start ${id}`);',
      'await new Promise((r) => setTimeout(r, 1500));',
      'console.log(`end ${id}`);',
    ].join('\n'));
    await pg.locator('.monaco-editor').click();
    await page.keyboard.press('Control+Enter');
    await expect(lines(page).first()).toContainText('start');
    expect(await lines(page).count(), await outputText(pg)).toBe(1);
    await page.waitForTimeout(100);
    await pg.locator('[data-action="run"]').click();
    expect(await waitForEnd(pg)).toBe('done');
    await page.waitForTimeout(1600);
    const text = await outputText(pg);
    const ids = new Set([...text.matchAll(/(?:start|end) (\w+)/g)].map((m) => m[1]));
    expect(ids.size, text).toBe(1);
    await expect(lines(page)).toHaveCount(2);
  });

  test('Run all charts the variants side by side, and runs are remembered', async ({ page }) => {
    await page.goto('');
    const pg = playgrounds(page).first();
    await pg.locator('[data-action="run-all"]').click();
    const chart = pg.locator('.pg-chart');
    await expect(chart).toBeVisible({ timeout: 10_000 });
    await expect(chart.locator('.pg-bar-row')).toHaveCount(2);
    await expect(chart.locator('.pg-summary')).toHaveText(/Concurrent is [23]\.\d× faster than Sequential/);
    await expect(pg.locator('.pg-history li')).toHaveCount(2);
  });
});

test.describe('editing', () => {
  test('Monaco loads only when asked, then edits, runs, lists type errors, resets and lets go of the keyboard', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('');
    const pg = playgrounds(page).first();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => /monaco|ts\.worker|editor\.worker/i.test(u))).toEqual([]);
    expect(await page.locator('style[data-monaco], link[href*="monaco"]').count()).toBe(0);

    await pg.locator('[data-action="edit"]').click();
    const editor = pg.locator('.monaco-editor');
    await expect(editor).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('.pg-editor-hint')).toBeVisible();

    // Type a type error at the end; it is listed under the editor and the code still runs.
    await page.keyboard.press('Control+End');
    await page.keyboard.type("\nconst n: number = 'not a number';\nconsole.log('edited', n);");
    const diagnostics = pg.locator('.pg-diagnostics');
    await expect(diagnostics).toContainText("TS2322: Type 'string' is not assignable to type 'number'", { timeout: 20_000 });
    await expect(pg.locator('[data-action="reset"]')).toBeEnabled();
    expect(await run(pg)).toBe('done');
    expect(await outputText(pg)).toContain('edited not a number');

    // Escape leaves the editor: focus goes to Run, and Tab moves on.
    await editor.click();
    await page.keyboard.press('Escape');
    await expect(pg.locator('[data-action="run"]')).toBeFocused();

    await pg.locator('[data-action="reset"]').click();
    await expect(pg.locator('[data-action="reset"]')).toBeDisabled();
    expect(await run(pg)).toBe('done');
    expect(await outputText(pg)).not.toContain('edited');
    // The last runs stay listed, so the edit can be compared with the original.
    await expect(pg.locator('.pg-history li[data-edited="true"]')).toHaveCount(1);
    await expect(pg.locator('.pg-history li[data-edited="false"]')).toHaveCount(1);
  });

  test('the editor knows the browser and ES2024+ globals: an example has no type errors', async ({ page }) => {
    await page.goto(`chapters/${chapterSlugs[4]}/`);
    const pg = playgrounds(page).first();
    await pg.locator('[data-action="edit"]').click();
    await expect(pg.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nconsole.log(Promise.withResolvers !== undefined, typeof setTimeout, [1].at(-1));');
    expect(await run(pg)).toBe('done');
    await expect(pg.locator('.pg-diagnostics')).toBeHidden();
    expect(await outputText(pg)).toContain('true function 1');
  });

  test('the editor follows the site theme', async ({ page }) => {
    const pg = await scratch(page, 'const x = 1;\n');
    const background = () => pg.locator('.monaco-editor-background').evaluate((el) => getComputedStyle(el).backgroundColor);
    const before = await background();
    await page.locator('theme-toggle button').click();
    await expect.poll(background).not.toBe(before);
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await background()).toBe('rgb(13, 17, 23)');
  });

  test('IntelliSense suggests members as you type', async ({ page }) => {
    const pg = await scratch(page, 'const p = Promise.resolve(1);\n');
    await pg.locator('.monaco-editor').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('p.');
    const suggest = page.locator('.suggest-widget');
    await expect(suggest).toBeVisible({ timeout: 15_000 });
    await expect(suggest).toContainText('then');
  });

  test('touch devices edit in a plain text area and still run TypeScript', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('');
    const pg = playgrounds(page).first();
    await pg.locator('[data-action="edit"]').click();
    const area = pg.locator('textarea.pg-textarea');
    await expect(area).toBeVisible({ timeout: 20_000 });
    await expect(pg.locator('.monaco-editor')).toHaveCount(0);
    await area.fill("enum E { A = 7 }\nconsole.log('from the text area', E.A);");
    expect(await run(pg)).toBe('done');
    expect(await outputText(pg)).toBe('from the text area 7');
    await context.close();
  });

  test('edited code is compiled with real TypeScript emit', async ({ page }) => {
    const pg = await scratch(page, [
      'enum Color { Red, Green = 5 }',
      'namespace Geometry { export const unit = 1; }',
      'class Box { constructor(public readonly size: number) {} }',
      'function logged(target: unknown, ctx: ClassMethodDecoratorContext) { return function (this: unknown, ...args: unknown[]) { console.log(`call ${String(ctx.name)}`); return (target as Function).apply(this, args); }; }',
      'class Greeter { @logged hi() { return "hi"; } }',
      'console.log(Color.Green, Color[5], Geometry.unit, new Box(3).size, new Greeter().hi());',
    ].join('\n'));
    expect(await run(pg)).toBe('done');
    expect(await outputText(pg)).toBe('call hi\n5 Green 1 3 hi');
  });

  test('a syntax error is reported with its line and column, and nothing runs', async ({ page }) => {
    const pg = await scratch(page, "console.log('before');\nconst x = ;\n");
    expect(await run(pg)).toBe('error');
    await expect(pg.locator('.pg-diagnostics')).toContainText('Line 2, column 11 · TS1109');
    await expect(pg.locator('.pg-diagnostics')).toContainText('Expression expected');
    expect(await outputText(pg)).toBe('');
  });
});

test.describe('broken and hostile code', () => {
  test('an uncaught throw: its label apart, the TypeScript line with a caret, the error as Node prints it', async ({ page }) => {
    const pg = await scratch(page, "type T = { a: number };\nconst t: T = { a: 1 };\nif (t.a) throw new Error('boom');\n");
    expect(await run(pg)).toBe('error');
    const row = lines(page).filter({ hasText: 'boom' });
    await expect(row).toHaveAttribute('data-level', 'error');
    await expect(row).toHaveAttribute('data-uncaught', 'error');
    await expect(row.locator('.pg-fatal-label')).toHaveText('Uncaught error');
    await expect(row.locator('.pg-source')).toHaveText("welcome.ts:3\nif (t.a) throw new Error('boom');\n               ^");
    await expect(row.locator('.pg-text')).toHaveText(/^Error: boom\n {4}at welcome\.ts:3:16$/);

    const zh = await scratch(page, "throw new RangeError('越界');\n", 'zh-cn');
    expect(await run(zh)).toBe('error');
    await expect(lines(page).locator('.pg-fatal-label')).toHaveText('未捕获的错误');
    await expect(lines(page).locator('.pg-text')).toHaveText(/^RangeError: 越界\n {4}at welcome\.ts:1:7$/);
  });

  test('an unhandled rejection is labelled apart and printed as Node prints it', async ({ page }) => {
    const pg = await scratch(page, "Promise.reject(new TypeError('nobody catches me'));\nconsole.log('after');\n");
    expect(await run(pg)).toBe('error');
    const row = lines(page).filter({ hasText: 'nobody catches me' });
    await expect(row).toHaveAttribute('data-uncaught', 'rejection');
    await expect(row.locator('.pg-fatal-label')).toHaveText('Unhandled promise rejection');
    await expect(row.locator('.pg-source')).toHaveText("welcome.ts:1\nPromise.reject(new TypeError('nobody catches me'));\n               ^");
    await expect(row.locator('.pg-text')).toHaveText(/^TypeError: nobody catches me\n {4}at welcome\.ts:1:16$/);
  });

  test('logged errors, nested and with causes, print as Node prints them', async ({ page }) => {
    const pg = await scratch(page, [
      'function parse(text: string): unknown {',
      '  try {',
      '    return JSON.parse(text);',
      '  } catch (err) {',
      "    throw new Error('bad input', { cause: err });",
      '  }',
      '}',
      "try { parse('{'); } catch (err) { console.log(err); }",
      "console.log({ failed: [new RangeError('inner')] });",
    ].join('\n'));
    expect(await run(pg)).toBe('done');
    const text = await outputText(pg);
    expect(text).toMatch(/^Error: bad input\n {4}at parse \(welcome\.ts:5:11\)\n {4}at welcome\.ts:8:7 \{\n {2}\[cause\]: SyntaxError: /);
    expect(text).toMatch(/\n\{\n {2}failed: \[\n {4}RangeError: inner\n {8}at welcome\.ts:9:24\n {2}\]\n\}$/);
  });

  test('while (true) {} is stopped at once by Stop, and the page stays responsive', async ({ page }) => {
    const pg = await scratch(page, "console.log('spinning');\nwhile (true) {}\n");
    await pg.locator('[data-action="run"]').click();
    await expect(lines(page).first()).toHaveText(/spinning/);
    await expect(pg).toHaveAttribute('data-state', 'running');
    const t0 = Date.now();
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await pg.locator('[data-action="stop"]').click();
    await expect(pg).toHaveAttribute('data-state', 'stopped');
    expect(Date.now() - t0).toBeLessThan(5000);
    await expect(pg.locator('.pg-notice')).toHaveText('Stopped.');
  });

  test('a never-ending setInterval keeps running until Stop; the watchdog ends runaway runs', async ({ page }) => {
    const pg = await scratch(page, "let n = 0;\nsetInterval(() => console.log('tick', ++n), 50);\n");
    await pg.locator('[data-action="run"]').click();
    await expect(lines(page).filter({ hasText: 'tick 10' })).toHaveCount(1);
    await expect(pg).toHaveAttribute('data-state', 'running');
    await pg.locator('[data-action="stop"]').click();
    await expect(pg).toHaveAttribute('data-state', 'stopped');
    const count = await lines(page).count();
    await page.waitForTimeout(300);
    expect(await lines(page).count()).toBe(count);

    await pg.evaluate((el) => (el.dataset.watchdogMs = '1500'));
    expect(await run(pg)).toBe('error');
    await expect(pg.locator('.pg-notice[data-level="error"]')).toContainText('Stopped after 1.50 s');
  });

  test('100,000 console.log calls are capped with a notice and the page stays responsive', async ({ page }) => {
    const pg = await scratch(page, "for (let i = 0; i < 100_000; i++) console.log('line', i);\nconsole.log('the end');\n");
    await pg.locator('[data-action="run"]').click();
    const t0 = Date.now();
    expect(await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r('frame'))))).toBe('frame');
    expect(await waitForEnd(pg, 30_000)).toBe('done');
    await expect(pg.locator('.pg-notice').first()).toContainText('Output limit reached');
    await expect(pg.locator('.pg-notice').last()).toContainText(/95001 more lines were not shown|more lines were not shown/);
    expect(await lines(page).filter({ hasNot: page.locator('.pg-time:empty') }).count()).toBeLessThanOrEqual(5002);
    expect(Date.now() - t0).toBeLessThan(30_000);
  });

  test('code cannot reach the page, its storage or its cookies', async ({ page }) => {
    await page.goto('playground/');
    await page.evaluate(() => { localStorage.setItem('secret', 'page-data'); document.cookie = 'session=abc; path=/'; });
    for (const [code, error] of [
      ['console.log(parent.document.title)', 'ReferenceError: parent is not defined'],
      ["console.log(localStorage.getItem('secret'))", 'ReferenceError: localStorage is not defined'],
      ['console.log(document.cookie)', 'ReferenceError: document is not defined'],
      ['console.log(window.top)', 'ReferenceError: window is not defined'],
    ]) {
      const pg = await scratch(page, code);
      expect(await run(pg)).toBe('error');
      await expect(lines(page).first()).toContainText(error);
    }
    expect(await page.evaluate(() => localStorage.getItem('secret'))).toBe('page-data');
  });

  test('fake protocol messages are ignored', async ({ page }) => {
    const pg = await scratch(page, [
      "const fake = { type: 'entries', runId: 1, token: 'guess', entries: [{ level: 'log', text: 'FAKE', t: 0 }] };",
      'postMessage(fake);',
      '// Look for the real postMessage anywhere on the prototype chain and forge a message and an early end.',
      'let proto: object | null = self;',
      "while (proto && !Object.getOwnPropertyDescriptor(proto, 'postMessage')) proto = Object.getPrototypeOf(proto);",
      "const real = proto ? Object.getOwnPropertyDescriptor(proto, 'postMessage')!.value : undefined;",
      'real?.call(self, fake);',
      "real?.call(self, { type: 'end', runId: 1, token: 'guess', status: 'done', elapsed: 1, dropped: 0 });",
      'self.close();',
      "await new Promise((r) => setTimeout(r, 200));",
      "console.log('real');",
    ].join('\n'));
    expect(await run(pg)).toBe('done');
    const text = await outputText(pg);
    expect(text).not.toContain('FAKE');
    expect(text).toContain('postMessage from example code is ignored');
    expect(text).toContain('real');
  });
});

test.describe('sharing', () => {
  test('Share copies a link that opens the same code; Copy copies the code', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('');
    const pg = playgrounds(page).first();
    await pg.locator('[data-action="copy"]').click();
    await expect(pg.locator('.pg-status')).toHaveText('Code copied');
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toContain("console.time('sequential')");
    await pg.locator('[data-action="share"]').click();
    await expect(pg.locator('.pg-status')).toHaveText('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // The workspace page of the variant shared, with its code.
    expect(link).toMatch(/\/playground\/home\/sequential\/#code\//);
    await page.goto(link);
    const scratchPg = playgrounds(page).first();
    await expect(scratchPg.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
    await expect(scratchPg.locator('.monaco-editor')).toContainText("console.time('sequential')");
    await expect(scratchPg).toHaveAttribute('data-state', 'idle');
  });

  test('the scratchpad keeps its code in the address', async ({ page }) => {
    await page.goto('playground/');
    const pg = playgrounds(page).first();
    await expect(pg.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
    await pg.locator('.monaco-editor').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n// kept in the address');
    // The address catches up with the typing a moment after the last key.
    await expect.poll(() => decodeShareHash(new URL(page.url()).hash)).toContain('// kept in the address');
    await page.reload();
    await expect(playgrounds(page).first().locator('.monaco-editor')).toContainText('// kept in the address', { timeout: 20_000 });
  });

  test('a damaged link says so and shows the default example', async ({ page }) => {
    const watch = watchProblems(page);
    await page.goto('playground/#code/%%%');
    await expect(page.locator('[data-scratch-note]')).toContainText('could not be read');
    watch.expectClean();
  });
});

test('without JavaScript a playground still shows its highlighted code and toolbar', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`chapters/${chapterSlugs[0]}/`);
  const pg = playgrounds(page).first();
  // The TypeScript shows; its Python twin waits behind the switch.
  await expect(pg.locator('[data-code-lang="ts"] pre.astro-code')).toBeVisible();
  await expect(pg.locator('[data-code-lang="py"] pre.astro-code')).toBeHidden();
  expect(await pg.locator('[data-code-lang="ts"] pre.astro-code span[style*="--shiki-dark"]').count()).toBeGreaterThan(5);
  await expect(pg.locator('[data-action="run"]')).toBeVisible();
  await expect(pg.locator('a[data-action="open"]')).toHaveAttribute('href', new RegExp(`/playground/${chapterSlugs[0]}/[\\w-]+/$`));
  await context.close();
});

test('the Chinese playground speaks Chinese', async ({ page }) => {
  const pg = await scratch(page, 'while (true) {}', 'zh-cn');
  await expect(pg.locator('[data-action="run"]')).toHaveText(/运行/);
  await pg.locator('[data-action="run"]').click();
  await pg.locator('[data-action="stop"]').click();
  await expect(pg.locator('.pg-notice')).toHaveText('已停止。');
  await expect(pg.locator('.pg-status')).toHaveText('已停止');
});
