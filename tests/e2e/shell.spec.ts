// The site shell as a first-time reader meets it (issue 17): search that lands on the section,
// a language switch that keeps the section being read, chapter headers without the source's
// internal file name, a home page whose teaser can be run without scrolling, and a 404 page
// that is not part of the reading order.
import { expect, test, type Page } from '@playwright/test';
import { LANGS, chapterSlugs, sitePages, type Lang } from './support';

const prefix = (lang: Lang) => (lang === 'en' ? '' : 'zh-cn/');
const chapter = (lang: Lang, n: number) => `${prefix(lang)}chapters/${chapterSlugs[n - 1]}/`;
const headingIds = (page: Page) => page.locator('#content :is(h2, h3)[id]').evaluateAll((hs) => hs.map((h) => h.id));

/**
 * The sections of a built chapter: the text before its first h2/h3 (id ''), then each heading's id
 * with the text up to the next one (playgrounds left out, as the index leaves them).
 */
function sections(html: string): { id: string; text: string }[] {
  const article = /<article[^>]*>([\s\S]*)<\/article>/.exec(html)![1].replace(/<ag-playground[\s\S]*?<\/ag-playground>/g, ' ');
  const parts = article.split(/<h[23] id="([^"]+)"[^>]*>/);
  const text = (part: string) => part.replace(/<[^>]+>/g, ' ');
  const found = [{ id: '', text: text(parts[0]) }];
  for (let i = 1; i < parts.length; i += 2) found.push({ id: parts[i], text: text(parts[i + 1]) });
  return found;
}

/** The words of a text, as the index splits them: English words, or two-character runs of Chinese. */
const words = (lang: Lang, text: string) =>
  lang === 'en'
    ? [...new Set(text.match(/\b[a-z]{7,}\b/g) ?? [])]
    : [...new Set((text.match(/[\u4e00-\u9fff]{2,}/g) ?? []).flatMap((run) => [...run.matchAll(/../g)].map((m) => m[0])))];

/** Where the reader is: the heading in the top band of the viewport, or (at the bottom of the page) the one in view that the URL names. */
const landedOn = (page: Page) =>
  page.evaluate(() => {
    const target = document.querySelector<HTMLElement>(':target');
    const top = target?.getBoundingClientRect().top ?? NaN;
    const atBottom = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
    return top >= 0 && (top <= 120 || (atBottom && top < innerHeight)) ? target!.id : `not in view (${top})`;
  });

test.describe('search lands on the section', () => {
  for (const lang of LANGS) {
    test(`(${lang}) a word from a late section of chapter 2 lists that section, linked by its id`, async ({ page, request }) => {
      const pages = new Map<string, { id: string; text: string }[]>();
      for (const path of sitePages(lang).filter((p) => p.includes('chapters/'))) pages.set(path, sections(await (await request.get(path)).text()));
      const target = chapter(lang, 2);
      const own = pages.get(target)!;
      // A section from the last third of the chapter, and words nothing else in the chapters says.
      const elsewhere = [...pages].flatMap(([path, secs]) => secs.map((s) => ({ path, ...s })));
      const late = own.slice(Math.ceil((own.length * 2) / 3)).map((section) => ({
        section,
        unique: words(lang, section.text).filter((w) => elsewhere.every((s) => (s.path === target && s.id === section.id) || !s.text.includes(w))),
      })).filter((c) => c.unique.length > 0);
      expect(late.length, 'late sections with words of their own').toBeGreaterThan(0);

      await page.goto(prefix(lang));
      // Chinese has no spaces: keep a word the index holds as a word of its own.
      const pick = await page.evaluate(async (candidates) => {
        const pagefind = await import(`${document.querySelector<HTMLElement>('site-search')!.dataset.bundle}pagefind.js`);
        for (const { section, unique } of candidates) {
          for (const w of unique.slice(0, 30)) {
            const [first] = (await pagefind.search(w)).results;
            if (first && (await first.data()).excerpt.includes(`<mark>${w}</mark>`)) return { word: w, id: section.id };
          }
        }
        return undefined;
      }, late);
      expect(pick, 'a word of a late section the index knows').toBeTruthy();

      await page.keyboard.press('/');
      await page.locator('dialog[open] input').fill(pick!.word);
      const nested = page.locator('dialog[open] .pagefind-ui__result-nested .pagefind-ui__result-link');
      await expect(nested.first()).toBeVisible();
      const links = await nested.evaluateAll((as) => as.map((a) => ({ path: (a as HTMLAnchorElement).pathname, hash: decodeURIComponent((a as HTMLAnchorElement).hash) })));
      const link = links.findIndex((l) => l.path === `/${target}` && l.hash === `#${pick!.id}`);
      expect(link, `${pick!.word}: ${JSON.stringify(links)}`).toBeGreaterThanOrEqual(0);

      await nested.nth(link).click();
      await expect(page).toHaveURL(new RegExp(`/${target}#`));
      await expect.poll(() => landedOn(page)).toBe(pick!.id);
    });
  }
});

test.describe('the language switch keeps the section being read', () => {
  for (const [from, to] of [['en', 'zh-cn'], ['zh-cn', 'en']] as const) {
    test(`${from} → ${to}, chapter 2: from the table of contents, by mouse and by keyboard, up to the last section`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(chapter(to, 2));
      const twinIds = await headingIds(page);
      await page.goto(chapter(from, 2));
      const ids = await headingIds(page);
      expect(ids.length).toBe(twinIds.length);
      // "Core features" (reported landing one section early), one in the middle, the last two.
      const picks = [ids.indexOf(from === 'en' ? 'core-features' : '核心特性'), Math.floor(ids.length / 2), ids.length - 2, ids.length - 1];
      expect(picks[0]).toBeGreaterThan(0);
      for (const [n, i] of picks.entries()) {
        await page.goto(chapter(from, 2));
        await page.locator(`table-of-contents a[href="#${ids[i]}"]`).click();
        await expect.poll(() => landedOn(page), `${from} section ${i}`).toBe(ids[i]);
        const sw = page.locator('language-switch a');
        if (n % 2) {
          await sw.focus();
          await page.keyboard.press('Enter');
        } else {
          await sw.click();
        }
        await expect(page).toHaveURL(new RegExp(`/${chapter(to, 2)}#`));
        expect(decodeURIComponent(new URL(page.url()).hash.slice(1)), `${from} section ${i} (${ids[i]})`).toBe(twinIds[i]);
        await expect.poll(() => landedOn(page)).toBe(twinIds[i]);
      }
    });
  }
});

test.describe('no internal file names', () => {
  const fileName = /_[0-9a-f]{16}\.txt/;

  test('pages credit the source article by its title only', async ({ page, request }) => {
    for (const lang of LANGS) {
      for (const path of [...sitePages(lang), `${prefix(lang)}no-such-page/`]) {
        const html = await (await request.get(path)).text();
        expect(html.match(fileName)?.[0], path).toBeUndefined();
      }
      await page.goto(chapter(lang, 1));
      await expect(page.locator('.chapter-source cite')).toHaveText(/\S/);
    }
  });

  test('the search index holds no file name either', async ({ page }) => {
    for (const lang of LANGS) {
      await page.goto(prefix(lang));
      const indexed = await page.evaluate(async () => {
        const pagefind = await import(`${document.querySelector<HTMLElement>('site-search')!.dataset.bundle}pagefind.js`);
        const { results } = await pagefind.search(null);
        return Promise.all(results.map(async (r: { data(): Promise<unknown> }) => JSON.stringify(await r.data())));
      });
      expect(indexed.length, `${lang} pages in the index`).toBeGreaterThanOrEqual(sitePages(lang).length - 1);
      for (const data of indexed) expect(data.match(fileName)?.[0], data.slice(0, 120)).toBeUndefined();
    }
  });
});

test.describe('home page', () => {
  for (const lang of LANGS) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`(${lang}, ${colorScheme}) Run and Run all are above the fold at 1280×800, and the pitch names the live timeline`, async ({ browser }) => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme });
        const page = await context.newPage();
        await page.goto(prefix(lang));
        const header = (await page.locator('.site-header').boundingBox())!;
        for (const action of ['run', 'run-all']) {
          const box = (await page.locator(`[data-playground] [data-action="${action}"]`).first().boundingBox())!;
          expect(box.y, action).toBeGreaterThanOrEqual(header.y + header.height);
          expect(box.y + box.height, action).toBeLessThanOrEqual(800);
        }
        await expect(page.locator('.hero .lead')).toHaveText(lang === 'en' ? /live timeline/ : /实时时间线/);
        await context.close();
      });
    }
  }
});

test.describe('the 404 page is not part of the reading order', () => {
  for (const lang of LANGS) {
    test(`(${lang}) no previous/next cards, no page marked current`, async ({ page }) => {
      const res = await page.goto(`${prefix(lang)}no-such-page/`);
      expect(res!.status()).toBe(404);
      await expect(page.locator('#site-sidebar a')).toHaveCount(chapterSlugs.length + 3);
      await expect(page.locator('[aria-current="page"]')).toHaveCount(0);
      await expect(page.locator('.prev-next')).toHaveCount(0);
    });
  }
});
