// Monaco's suggestion list and hovers, in an editor just under the site's sticky header:
// they open where the reader can see them, over the header if need be, never under it, and
// not over the line being typed (patches/README.md: Monaco measured a scrolled page wrongly).
import { test, expect, type Locator, type Page } from '@playwright/test';

const CHAPTER_1 = 'chapters/01-generators-to-async-await/';

/** Opens the editor of the page's second playground and scrolls its top just under the header. */
async function editorUnderHeader(page: Page): Promise<{ editor: Locator; header: number }> {
  const pg = page.locator('[data-playground]').nth(1);
  await pg.scrollIntoViewIfNeeded();
  await pg.locator('[data-action="edit"]').click();
  const editor = pg.locator('.monaco-editor');
  await expect(editor).toBeVisible({ timeout: 20_000 });
  const header = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
  const top = await editor.evaluate((el) => el.getBoundingClientRect().top);
  await page.evaluate((dy) => window.scrollBy(0, dy), top - header - 4);
  await expect.poll(() => editor.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(header + 10);
  return { editor, header };
}

/** Where a popup is, and whether it is what the reader sees at its centre and just inside its top edge. */
const seen = (popup: Locator) =>
  popup.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const on = (x: number, y: number) => el.contains(document.elementFromPoint(x, y));
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, centre: on(r.left + r.width / 2, r.top + r.height / 2), topEdge: on(r.left + r.width / 2, r.top + 3) };
  });

for (const [width, height, prefix, colorScheme] of [[1280, 800, '', 'light'], [390, 844, 'zh-cn/', 'dark']] as const) {
  test.describe(`at ${width}×${height} (${prefix || 'en/'}, ${colorScheme})`, () => {
    test.use({ viewport: { width, height }, colorScheme });

    test('the suggestion list opens below the line, in full view, above everything', async ({ page }) => {
      await page.goto(`${prefix}${CHAPTER_1}`);
      const { editor, header } = await editorUnderHeader(page);
      // Monaco's line elements are not in line order: found by their text.
      const line = editor.locator('.view-line', { hasText: 'function* func' });
      await expect(line).toBeVisible();
      const lineBox = (await line.boundingBox())!;
      await page.mouse.click(lineBox.x + 40, lineBox.y + lineBox.height / 2);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('cons');
      await page.keyboard.press('Control+Space');
      const list = page.locator('.suggest-widget');
      await expect(list).toBeVisible();
      await expect(list.locator('.monaco-list-row').first()).toBeVisible();
      const typed = (await editor.locator('.view-line', { hasText: /^\s*cons$/ }).boundingBox())!;
      const at = await seen(list);
      expect(at.top, 'below the header').toBeGreaterThanOrEqual(header);
      expect(at.top, 'below the line being typed').toBeGreaterThanOrEqual(typed.y + typed.height - 1);
      expect(at.bottom).toBeLessThanOrEqual(height);
      expect(at.left).toBeGreaterThanOrEqual(0);
      expect(at.right).toBeLessThanOrEqual(width);
      expect(at.centre && at.topEdge, 'the list is topmost').toBe(true);
    });

    test('a hover near the top is in full view, over the header rather than under it', async ({ page }) => {
      await page.goto(`${prefix}${CHAPTER_1}`);
      const { editor } = await editorUnderHeader(page);
      // Line 2: `function* func(): Generator<…>`. The word is found in the line's text, not by its
      // token span: until Monaco has tokenized the line, the whole line is a single span.
      const line = editor.locator('.view-line', { hasText: 'function* func' });
      await expect(line).toBeVisible();
      const wordAt = () => line.evaluate((el) => {
        let at = el.textContent!.search(/func(?=\()/);
        if (at < 0) throw new Error(`no "func(" in ${JSON.stringify(el.textContent)}`);
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let node = walker.nextNode()!;
        while (at >= node.textContent!.length) {
          at -= node.textContent!.length;
          node = walker.nextNode()!;
        }
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const r = range.getBoundingClientRect();
        return { x: r.right, y: r.top + r.height / 2 };
      });
      // The hover provider arrives with the TypeScript language, which also tokenizes the line.
      await expect.poll(() => line.locator('span span').count(), { timeout: 20_000 }).toBeGreaterThan(1);
      const hover = page.locator('.monaco-hover:not(.hidden)').first();
      // A reader whose first hover comes too early moves the mouse off and on again.
      await expect(async () => {
        const word = await wordAt(); // measured again: the page may have moved since
        await page.mouse.move(2, 2); // off the editor, over the header
        await page.mouse.move(word.x, word.y);
        await expect(hover).toBeVisible({ timeout: 3_000 });
      }).toPass({ timeout: 20_000 });
      const at = await seen(hover);
      expect(at.top).toBeGreaterThanOrEqual(0);
      expect(at.bottom).toBeLessThanOrEqual(height);
      expect(at.centre && at.topEdge, 'the hover is topmost').toBe(true);
    });
  });
}
