// Runs against the root build and against the build served under /guide/.
import { test, expect } from '@playwright/test';
import { allPages, playgrounds, run, watchProblems } from './support';

// Under /guide/ one page of each kind per language is enough: the chapters share one layout,
// and every link a page makes goes through the same base-path helper.
const chapters = allPages().filter((p) => p.includes('chapters/'));
const underSubpath = new Set(allPages().filter((p) => !p.includes('chapters/') || p === chapters[0] || p === chapters.at(-1)));

for (const path of allPages()) {
  test(`/${path} loads cleanly and its links resolve`, async ({ page, request, baseURL }, info) => {
    test.skip(info.project.name === 'subpath' && !underSubpath.has(path), 'under /guide/, one page of each kind per language');
    const watch = watchProblems(page);
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    watch.expectClean();
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const own = [...new Set(hrefs)].filter((h) => h.startsWith(new URL(baseURL!).origin));
    const pages = new Map<string, Promise<string>>();
    for (const href of own) {
      const [target, hash] = href.split('#');
      expect(target.startsWith(baseURL!), `${href} escapes ${baseURL}`).toBe(true);
      if (!pages.has(target)) {
        pages.set(target, request.get(target).then(async (res) => {
          expect(res.status(), target).toBe(200);
          return res.text();
        }));
      }
      // Links into a section must find it (the share links' #code/… are not sections).
      if (hash && !hash.startsWith('code/')) {
        const id = decodeURIComponent(hash);
        expect((await pages.get(target))!.includes(`id="${id}"`), `${href}: no element with id "${id}"`).toBe(true);
      }
    }
    await Promise.all(pages.values());
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
