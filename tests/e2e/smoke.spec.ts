// Runs against the root build and against the build served under /guide/.
import { test, expect } from '@playwright/test';
import { allPages, playgrounds, run, watchProblems } from './support';

for (const path of allPages()) {
  test(`/${path} loads cleanly and its links resolve`, async ({ page, request, baseURL }) => {
    const watch = watchProblems(page);
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    watch.expectClean();
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href.split('#')[0]));
    const own = [...new Set(hrefs)].filter((h) => h.startsWith(new URL(baseURL!).origin));
    for (const href of own) {
      const res = await request.get(href);
      expect(res.status(), href).toBe(200);
      expect(href.startsWith(baseURL!), `${href} escapes ${baseURL}`).toBe(true);
    }
  });
}

test('a playground runs', async ({ page }) => {
  const watch = watchProblems(page);
  await page.goto('');
  const pg = playgrounds(page).first();
  expect(await run(pg)).toBe('done');
  await expect(pg.locator('.pg-line').first()).toBeVisible();
  watch.expectClean();
});

test('search finds chapter pages', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('/');
  const input = page.locator('dialog[open] input');
  await input.fill('asyncIterator');
  const result = page.locator('dialog[open] .pagefind-ui__result-link').first();
  await expect(result).toBeVisible();
  const href = await result.getAttribute('href');
  const res = await page.request.get(new URL(href!, page.url()).href);
  expect(res.status()).toBe(200);
});
