import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { encodeShareHash } from '../../src/playground/share';
import type { Lang } from '../../src/utils/locale';

export { LANGS, type Lang } from '../../src/utils/locale';
export { allPages, chapterSlugs, sitePages, EXAMPLE_PLAYGROUND } from '../support/pages';
import { EXAMPLE_PLAYGROUND } from '../support/pages';

/** Records console errors, page errors and failed requests; `expectClean()` asserts none happened. */
export function watchProblems(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return { problems, expectClean: () => expect(problems).toEqual([]) };
}

export const playgrounds = (page: Page) => page.locator(EXAMPLE_PLAYGROUND);

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

/** The playground that shows example `id` (its first variant or any other). */
export async function playgroundOf(page: Page, id: string): Promise<Locator> {
  const index = await page.locator('[data-playground]').evaluateAll(
    (els, wanted) => els.findIndex((el) => el.querySelector('.pg-data')!.textContent!.includes(`"${wanted}"`)),
    id,
  );
  expect(index, `a playground shows ${id}`).toBeGreaterThanOrEqual(0);
  const pg = page.locator('[data-playground]').nth(index);
  await pg.scrollIntoViewIfNeeded();
  return pg;
}

/**
 * The page's WCAG 2.2 AA violations (within `include`, when given), one line each: rule,
 * how many nodes, the first node and what is wrong with it; `[]` when there are none.
 * Legacy mode runs axe in the page alone (the sandbox's opaque-origin frame has no content
 * to check), and only violations carry their nodes: on a chapter page (15,000 elements)
 * that is ~3 s instead of ~10 s, most of it spent handing every passing node back.
 */
export async function wcagViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary?.split('\n')[1] ?? ''}`);
}

/**
 * The violations in the light theme, then in the dark one the page switches to as the
 * system's preference changes (what a reader's OS does at dusk), each line led by its
 * theme. One load and one run serve both themes; the sweep of every page (a11y.spec) loads
 * each theme from the start.
 */
export async function wcagViolationsInBothThemes(page: Page, include?: string): Promise<string[]> {
  const html = page.locator('html');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
  const light = await wcagViolations(page, include);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const dark = await wcagViolations(page, include);
  return [...light.map((v) => `light: ${v}`), ...dark.map((v) => `dark: ${v}`)];
}
