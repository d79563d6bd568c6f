// What a first-time reader trips over (issue 17): output that matches its tab, edits kept as
// drafts on chapter pages, the workspace telling a draft from a link, the last line kept in
// view, and code with syntax errors that was never run.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { outputText, playgrounds, run, scratch, waitForEnd } from './support';

const CHAPTER_1 = 'chapters/01-generators-to-async-await/';
const footerTime = (pg: Locator) => pg.locator('.pg-footer .pg-elapsed');

async function typeAtEnd(page: Page, pg: Locator, text: string): Promise<void> {
  await pg.locator('[data-action="edit"]').click();
  await expect(pg.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

test.describe('each tab has its own output', () => {
  test('a tab shows its own last run, says whose output it is, and Run all says so too', async ({ page }) => {
    await page.goto('');
    const pg = playgrounds(page).first();
    const out = pg.locator('.pg-output');
    const label = pg.locator('[data-output-label]');
    await expect(label).toHaveText('Output of “Sequential”');

    expect(await run(pg)).toBe('done');
    const sequential = await outputText(pg);
    await expect(footerTime(pg)).toHaveText(/^Elapsed: /);

    // Concurrent has not run: its tab does not show Sequential's lines or time.
    await pg.getByRole('tab', { name: 'Concurrent' }).click();
    await expect(out).toHaveAttribute('data-output-variant', '1');
    await expect(label).toHaveText('Output of “Concurrent”');
    expect(await outputText(pg)).toBe('');
    await expect(out.locator('.pg-hint')).toBeVisible();
    await expect(footerTime(pg)).toHaveCount(0);
    await expect(pg.locator('[data-timeline-box]')).toBeHidden();

    expect(await run(pg)).toBe('done');
    const concurrentMs = Number(await footerTime(pg).getAttribute('data-elapsed'));

    // Back on Sequential: its own lines and its own time come back.
    await pg.getByRole('tab', { name: 'Sequential' }).click();
    await expect(out).toHaveAttribute('data-output-variant', '0');
    expect(await outputText(pg)).toBe(sequential);
    expect(Number(await footerTime(pg).getAttribute('data-elapsed'))).toBeGreaterThan(concurrentMs * 2);

    // After Run all the output is every variant's, and the footer names the variant it times.
    await pg.locator('[data-action="run-all"]').click();
    await expect(pg.locator('.pg-chart')).toBeVisible({ timeout: 10_000 });
    await expect(out).toHaveAttribute('data-output-variant', 'all');
    await expect(label).toHaveText(/^Output of Run all/);
    await expect(footerTime(pg)).toHaveText(/^Elapsed \(Concurrent\): /);
  });

  test('the Chinese page labels the output in Chinese', async ({ page }) => {
    await page.goto('zh-cn/');
    const pg = playgrounds(page).first();
    await expect(pg.locator('[data-output-label]')).toHaveText(/^“.+”的输出$/);
  });
});

test.describe('drafts on chapter pages', () => {
  test('an edit survives a reload, the page says so, and Reset brings back the highlighted original', async ({ page }) => {
    await page.goto(CHAPTER_1);
    const pg = playgrounds(page).first();
    const original = await pg.locator('.pg-code pre').first().innerText();
    await typeAtEnd(page, pg, "\nconsole.log('my own line');");
    await page.waitForTimeout(600);

    await page.reload();
    const again = playgrounds(page).first();
    await expect(again.locator('.pg-code pre').first()).toContainText("console.log('my own line');");
    await expect(again.locator('[data-draft-note]')).toBeVisible();
    await expect(again.locator('[data-draft-note]')).toContainText('kept in this browser');
    await expect(again.locator('[data-action="reset"]')).toBeEnabled();
    expect(await run(again)).toBe('done');
    expect(await outputText(again)).toContain('my own line');

    await again.locator('[data-action="reset"]').click();
    await expect(again.locator('[data-draft-note]')).toBeHidden();
    // The highlighted original is back (Shiki's spans), not plain text.
    await expect(again.locator('.pg-code pre span').first()).toBeVisible();
    expect(await again.locator('.pg-code pre').first().innerText()).toBe(original);
    await page.waitForTimeout(600);
    await page.reload();
    await expect(playgrounds(page).first().locator('[data-draft-note]')).toBeHidden();
    expect(await playgrounds(page).first().locator('.pg-code pre').first().innerText()).toBe(original);
  });
});

test.describe('the workspace tells the reader’s draft from a link', () => {
  test('after a reload the draft is called a draft; Reset hides the note; the output invites a run', async ({ page }) => {
    await page.goto('playground/home/sequential/');
    const pg = playgrounds(page).first();
    await expect(pg.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
    await pg.locator('.monaco-editor').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('// mine\n');
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#code\//);
    await page.waitForTimeout(600);

    await page.reload();
    const note = page.locator('[data-scratch-note]');
    await expect(note).toBeVisible({ timeout: 20_000 });
    await expect(note).toContainText('draft');
    await expect(note).not.toContainText('came from a link');
    await expect(page.locator('.pg-output .pg-hint')).toBeVisible();

    await playgrounds(page).first().locator('[data-action="reset"]').click();
    await expect(note).toBeHidden();
  });
});

test.describe('the line the reader needs stays in view', () => {
  test('Stop’s notice is visible below a long output', async ({ page }) => {
    const pg = await scratch(page, "for (let i = 0; i < 200; i++) console.log('line', i);\nsetTimeout(() => { while (true) {} }, 200);\n");
    await pg.locator('[data-action="run"]').click();
    await expect(pg.locator('.pg-output .pg-line').filter({ hasText: 'line 199' })).toHaveCount(1);
    await pg.locator('[data-action="stop"]').click();
    await waitForEnd(pg);
    const out = await pg.locator('.pg-output').boundingBox();
    const notice = await pg.locator('.pg-output .pg-notice').last().boundingBox();
    expect(notice!.y).toBeGreaterThanOrEqual(out!.y);
    expect(notice!.y + notice!.height).toBeLessThanOrEqual(out!.y + out!.height + 1);
  });

  test('an output that fits is not scrolled: its first line stays visible', async ({ page }) => {
    await page.goto(CHAPTER_1);
    const pg = playgrounds(page).first();
    expect(await run(pg)).toBe('done');
    const out = pg.locator('.pg-output');
    await expect(out.locator('.pg-line').first()).toHaveText(/called f\(\), got: \[object Generator\]/);
    expect(await out.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
    expect(await out.evaluate((el) => el.scrollTop)).toBe(0);
    const first = await out.locator('.pg-line').first().boundingBox();
    const box = await out.boundingBox();
    expect(first!.y).toBeGreaterThanOrEqual(box!.y);
  });
});

test.describe('syntax errors', () => {
  test('code that does not parse is not run: one notice, "Not run", no empty timeline', async ({ page }) => {
    const pg = await scratch(page, "console.log('before');\nconst x = ;\n");
    // While typing the box asks for a fix; it does not claim a run happened.
    await expect(pg.locator('.pg-diagnostics')).toContainText('Syntax errors (fix them to run the code)', { timeout: 20_000 });
    expect(await run(pg)).toBe('error');
    await expect(pg.locator('.pg-status')).toHaveText('Not run');
    await expect(pg.locator('.pg-output .pg-notice')).toHaveText(['Not run: the code has syntax errors, listed above.']);
    await expect(pg.locator('[data-timeline-box]')).toBeHidden();
  });
});
