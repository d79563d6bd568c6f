// On a phone (390×844, touch): variant tabs that do not fit say so and keep the chosen one
// in view, Copy buttons sit beside the code instead of over its first line, and no hint
// talks about keys the reader does not have. Measured in the browser, both languages.
import { test, expect, type Browser, type Locator, type Page } from '@playwright/test';
import { playgroundOf } from './support';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const THREE_TABS = '03-async-generators-in-depth/two-tasks-sequential';
const CHAPTER_3 = 'chapters/03-async-generators-in-depth/';

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const box = async (l: Locator): Promise<Box> => (await l.boundingBox())!;

async function phone(browser: Browser, path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, colorScheme });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

for (const [lang, prefix, colorScheme] of [['en', '', 'light'], ['zh-cn', 'zh-cn/', 'dark']] as const) {
  test.describe(`phone, ${lang}, ${colorScheme}`, () => {
    test('variant tabs that overflow fade at the edge and keep the chosen tab in view', async ({ browser }) => {
      const page = await phone(browser, `${prefix}${CHAPTER_3}`, colorScheme);
      const pg = await playgroundOf(page, THREE_TABS);
      const tabs = pg.locator('.pg-tabs');
      const last = tabs.getByRole('tab').last();
      // The tabs do overflow here: the last one ends beyond the list's edge.
      expect((await box(last)).x + (await box(last)).width).toBeGreaterThan((await box(tabs)).x + (await box(tabs)).width);
      await expect(tabs).toHaveAttribute('data-more-end', '');
      expect(await tabs.evaluate((el) => getComputedStyle(el).maskImage)).toContain('gradient');

      await last.tap();
      await expect(last).toHaveAttribute('aria-selected', 'true');
      await expect.poll(async () => {
        const [t, l] = [await box(tabs), await box(last)];
        return l.x >= t.x && l.x + l.width <= t.x + t.width;
      }).toBe(true);
      await expect(tabs).toHaveAttribute('data-more-start', '');
      await expect(tabs).not.toHaveAttribute('data-more-end', '');
    });

    test('the Copy button of a code block does not cover its first line', async ({ browser }) => {
      const page = await phone(browser, `${prefix}${CHAPTER_3}`, colorScheme);
      const blocks = page.locator('.prose .code-block');
      await expect(blocks.first()).toBeAttached();
      // A plain code block of the chapter, and a playground's.
      for (const block of [page.locator('.prose .code-block:not([data-playground] .code-block)').first(), (await playgroundOf(page, THREE_TABS)).locator('.code-block').first()]) {
        await block.scrollIntoViewIfNeeded();
        const button = block.locator('.copy-code');
        await expect(button).toBeVisible();
        const pre = await box(block.locator('pre'));
        const line = await box(block.locator('pre .line').first());
        // The first line's row, across the whole width of the code box.
        const row = { x: pre.x, y: line.y, width: pre.width, height: line.height };
        expect(intersects(await box(button), row), `Copy button over the first line`).toBe(false);
      }
    });

    test('no hint names keys: Run, the editor and the workspace say nothing of Ctrl+Enter or Esc', async ({ browser }) => {
      const page = await phone(browser, `${prefix}${CHAPTER_3}`, colorScheme);
      const pg = await playgroundOf(page, THREE_TABS);
      const hint = pg.locator('.pg-output .pg-hint');
      await expect(hint).toBeVisible();
      expect(await hint.innerText()).not.toMatch(/Ctrl|Enter/);
      await pg.locator('[data-action="edit"]').tap();
      const editorHint = pg.locator('.pg-editor-hint');
      await expect(editorHint).toBeVisible();
      expect(await editorHint.innerText()).not.toMatch(/Ctrl|Esc/);

      await page.goto(`${prefix}playground/`);
      await expect(page.locator('[data-workspace] .pg-textarea, [data-workspace] .monaco-editor').first()).toBeVisible({ timeout: 20_000 });
      await expect(page.locator('.ws-keys')).toBeHidden();
      expect(await page.locator('[data-workspace] .pg-output').innerText()).not.toMatch(/Ctrl/);
    });
  });
}

test('with a mouse and a keyboard, the hints name the keys', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(CHAPTER_3);
  const pg = await playgroundOf(page, THREE_TABS);
  await expect(pg.locator('.pg-output .pg-hint')).toContainText('Ctrl+Enter');
  await expect(pg.locator('.pg-tabs')).not.toHaveAttribute('data-more-end', '');
});
