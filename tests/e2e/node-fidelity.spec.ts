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

test('the playground page says what a browser cannot show, in both languages', async ({ page }) => {
  for (const [path, heading, promise] of [
    ['playground/', 'Differences from Node', 'A promise always prints as Promise { <pending> }'],
    ['zh-cn/playground/', '与 Node 的差异', 'Promise 总是打印成 Promise { <pending> }'],
  ]) {
    await page.goto(path);
    const note = page.locator('section.node-differences');
    await expect(note.getByRole('heading', { level: 3 })).toHaveText(heading);
    await expect(note.locator('li')).toHaveCount(5);
    await expect(note.locator('li').first()).toContainText(promise);
    await expect(note.locator('li code').first()).toHaveText('Promise { <pending> }');
  }
});
