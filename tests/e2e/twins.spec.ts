// A Chinese page hands out the Chinese twin wherever it hands out code: Copy, Share and
// Open in playground; an English page hands out the English file. Either way the file is
// named `<name>.ts`.
import { test, expect } from '@playwright/test';
import { playgrounds } from './support';
import { exampleSource as source } from '../support/examples';
import { decodeShareHash } from '../../src/playground/share';

for (const [lang, prefix, copied, linkCopied] of [
  ['en', '', 'Code copied', 'Link copied'],
  ['zh-cn', 'zh-cn/', '代码已复制', '链接已复制'],
] as const) {
  test(`the ${lang} home page copies, shares and opens the ${lang} file`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(prefix);
    const pg = playgrounds(page).first();
    const expected = source('home/sequential', lang);
    const data: { id: string; filename: string }[] = JSON.parse((await pg.locator('.pg-data').textContent())!);
    expect(data[0]).toMatchObject({ id: 'home/sequential', filename: 'sequential.ts' });

    await pg.locator('[data-action="copy"]').click();
    await expect(pg.locator('.pg-status')).toHaveText(copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

    // Open in playground opens the example itself, in the page's language: its code is the twin's.
    const open = new URL((await pg.locator('a[data-action="open"]').getAttribute('href'))!, page.url());
    expect(open.pathname).toBe(`/${prefix}playground/home/sequential/`);
    expect(open.hash).toBe('');

    await pg.locator('[data-action="share"]').click();
    await expect(pg.locator('.pg-status')).toHaveText(linkCopied);
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.pathname).toBe(`/${prefix}playground/home/sequential/`);
    expect(decodeShareHash(link.hash)).toBe(expected);
    await page.goto(open.href);
    await expect(page.locator('[data-workspace] .monaco-editor')).toContainText(expected.split('\n')[0], { timeout: 20_000 });
  });
}

test('the Chinese scratchpad starts from the Chinese twin of the welcome example', async ({ page }) => {
  await page.goto('zh-cn/playground/');
  const pg = playgrounds(page).first();
  const data: { id: string; filename: string; source: string }[] = JSON.parse((await pg.locator('.pg-data').textContent())!);
  expect(data[0]).toMatchObject({ id: 'home/welcome', filename: 'welcome.ts', source: source('home/welcome', 'zh-cn') });
  await expect(pg.locator('.monaco-editor')).toContainText('一个写异步 TypeScript 的草稿本', { timeout: 20_000 });
});
