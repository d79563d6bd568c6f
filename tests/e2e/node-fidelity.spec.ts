// Console probes typed into the playground print what Node 24 prints for the same
// TypeScript: the program runs under this Node (which strips types) and in the browser.
import { execFileSync } from 'node:child_process';
import { test, expect } from '@playwright/test';
import { normalizeOutput } from '../support/golden';
import { outputText, run, scratch } from './support';
import { usingProbe } from '../support/using-probe';

/** Node's output of `code`, uncoloured: stdout and stderr, warnings without "(node:PID)" and the --trace-warnings hint. */
function nodeOutput(code: string): string {
  const out = execFileSync('sh', ['-c', `"${process.execPath}" --input-type=module-typescript -e "$CODE" 2>&1`], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', CODE: code } });
  return normalizeOutput(out.replace(/^\(node:\d+\) /gm, '').replace(/^\(Use `node --trace-warnings.*\n/m, ''));
}

const probes: Record<string, string[]> = {
  'generator methods print with their brand': [
    'class Methods { *gm() {} async *agm() {} async am() {} *[Symbol.iterator]() {} asyncLooking() {} }',
    'const m = Methods.prototype;',
    'console.log(m.gm, m.agm, m.am, m[Symbol.iterator], m.asyncLooking);',
    'console.log({ *gen() {}, async *stream() {} });',
  ],
  'null-prototype Map and Set print their entries': [
    'console.log(Object.setPrototypeOf(new Map([[1, 2]]), null));',
    "console.log(Object.setPrototypeOf(new Set(['a', 'b']), null));",
  ],
  'console.table counts emoji and CJK as two columns': [
    "console.table([{ mood: '🙂', name: '异步' }, { mood: '😴👍🏽', name: 'ab' }]);",
  ],
  'console.countReset of an unknown label warns as Node does': [
    "console.count('known'); console.countReset('known'); console.count('known');",
    "console.countReset('nope');",
  ],
  // The sandbox tracks the promises it sees made (sandbox/promise-state.ts): each prints its state.
  'promises print their state: fulfilled, pending, rejected, nested': [
    'const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));',
    'async function answer() { return 42; }',
    "const failed = Promise.reject(new Error('boom'));",
    'failed.catch(() => {});',
    'console.log(Promise.resolve(5), sleep(5), answer());',
    'console.log(failed, [Promise.reject(7).catch((n) => n * 6)]);',
    "console.log({ list: [Promise.resolve([1, 2]), new Promise(() => {})], done: Promise.resolve('ok').then((v) => v + '!') });",
    "const later = sleep(5).then(() => ({ at: 'later' }));",
    'await later;',
    'console.log(later);',
  ],
  'using and await using run natively: the engine\'s SuppressedError and frames': usingProbe.split('\n'),
};

for (const [name, lines] of Object.entries(probes)) {
  test(name, async ({ page }) => {
    const code = lines.join('\n') + '\n';
    const pg = await scratch(page, code);
    expect(await run(pg)).toBe('done');
    expect(normalizeOutput(await outputText(pg))).toBe(nodeOutput(code));
  });
}

test('the countReset warning is a warning', async ({ page }) => {
  const pg = await scratch(page, "console.countReset('nope');\n");
  expect(await run(pg)).toBe('done');
  await expect(pg.locator('.pg-output .pg-line').first()).toHaveAttribute('data-level', 'warn');
});

// The playground page's two notes: what a browser prints differently from Node, and what
// the browser's Python cannot do. Each: its heading, its items, the first one's code.
for (const { note, items, pages } of [
  {
    note: 'node-differences',
    items: 5,
    pages: [
      ['playground/', 'Differences from Node', 'A promise prints its state as in Node (Promise { 5 }', 'Promise { 5 }'],
      ['zh-cn/playground/', '与 Node 的差异', '如果演练场看到了 Promise 是怎么创建的', 'new Promise'],
    ],
  },
  {
    note: 'python-differences',
    items: 9,
    pages: [
      ['playground/', "What the browser's Python lacks", 'The standard library only', 'aiohttp'],
      ['zh-cn/playground/', '浏览器里的 Python 缺了什么', '只有标准库', 'aiohttp'],
    ],
  },
]) {
  test(`the playground page's note ${note} is there in both languages`, async ({ page }) => {
    for (const [path, heading, first, code] of pages) {
      await page.goto(path);
      const section = page.locator(`section.${note}`);
      await expect(section.getByRole('heading', { level: 3 })).toHaveText(heading);
      await expect(section).toHaveAttribute('aria-labelledby', note);
      await expect(section.locator('li')).toHaveCount(items);
      await expect(section.locator('li').first()).toContainText(first);
      await expect(section.locator('li code').first()).toHaveText(code);
    }
  });
}

// A chapter's playground leads to that note from its output's footer, once there is output.
for (const [path, label] of [
  ['chapters/01-generators-to-async-await/', 'Differences from Node'],
  ['zh-cn/chapters/01-generators-to-async-await/', '与 Node 的差异'],
]) {
  test(`a chapter playground links to the note on Node (${path})`, async ({ page }) => {
    await page.goto(path);
    const pg = page.locator('[data-playground]').first();
    const link = pg.locator('.pg-footer').getByRole('link', { name: label });
    await expect(link).toBeHidden();
    expect(await run(pg)).toBe('done');
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/playground\/#node-differences$/);
    await expect(page.locator('section.node-differences h3')).toBeInViewport();
  });
}
