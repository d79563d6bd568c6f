import { expect, type Locator, type Page } from '@playwright/test';
import { encodeShareHash } from '../../src/playground/share';
import type { Lang } from '../../src/utils/locale';

export { LANGS, type Lang } from '../../src/utils/locale';
export { allPages, chapterSlugs, sitePages } from '../support/pages';

/** Records console errors, page errors and failed requests; `expectClean()` asserts none happened. */
export function watchProblems(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return { problems, expectClean: () => expect(problems).toEqual([]) };
}

export const playgrounds = (page: Page) => page.locator('[data-playground]');

/** Opens the scratchpad with `code` from a share link and returns its playground. */
export async function scratch(page: Page, code: string, lang: Lang = 'en'): Promise<Locator> {
  await page.goto(`${lang === 'en' ? '' : 'zh-cn/'}playground/${encodeShareHash(code)}`);
  const pg = playgrounds(page).first();
  await expect(pg.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
  return pg;
}

/** The example's own output lines (the playground's notices left out). */
export async function outputText(pg: Locator): Promise<string> {
  const lines = await pg.locator('.pg-output .pg-line:not(.pg-notice) .pg-text').allTextContents();
  return lines.join('\n');
}

export async function waitForEnd(pg: Locator, timeout = 20_000): Promise<string> {
  await expect(pg).not.toHaveAttribute('data-state', /idle|running/, { timeout });
  return (await pg.getAttribute('data-state'))!;
}

/** Clicks Run and waits until the run has ended; returns the final state. */
export async function run(pg: Locator, timeout?: number): Promise<string> {
  await pg.locator('[data-action="run"]').click();
  await expect(pg).toHaveAttribute('data-state', /running|done|error/);
  return waitForEnd(pg, timeout);
}
