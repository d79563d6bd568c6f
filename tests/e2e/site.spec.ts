import { test, expect } from '@playwright/test';
import { chapterSlugs, sitePages } from './support';

const ch = (n: number) => `chapters/${chapterSlugs[n - 1]}/`;

/** The indexed text of a built page: its article, playgrounds left out as the index leaves them. */
function articleText(html: string): string {
  const article = /<article[^>]*>([\s\S]*)<\/article>/.exec(html)?.[1] ?? '';
  return article.replace(/<ag-playground[\s\S]*?<\/ag-playground>/g, ' ').replace(/<[^>]+>/g, ' ');
}

test('every page has the right <html lang> and a canonical URL', async ({ page }) => {
  for (const [lang, attr] of [['en', 'en'], ['zh-cn', 'zh-CN']] as const) {
    for (const path of sitePages(lang)) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', attr);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${path}$`));
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S{10}/);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
    }
  }
});

test('the sidebar lists every chapter and marks the current page', async ({ page }) => {
  await page.goto(ch(2));
  const nav = page.locator('#site-sidebar');
  await expect(nav.locator('a')).toHaveCount(chapterSlugs.length + 3);
  const current = nav.locator('a[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('href', new RegExp(`${ch(2)}$`));
});

test('previous and next links walk the reading order', async ({ page }) => {
  await page.goto(ch(1));
  await page.locator('.prev-next a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`${ch(2)}$`));
  await page.locator('.prev-next a[rel="prev"]').click();
  await expect(page).toHaveURL(new RegExp(`${ch(1)}$`));
  await page.locator('.prev-next a[rel="prev"]').click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});

test('the theme toggle follows the system until chosen, and the choice persists', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(ch(1));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.locator('theme-toggle button').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.goto('zh-cn/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await context.close();
});

test('no flash of the wrong theme: the theme is set before first paint', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  await context.addInitScript(() => localStorage.setItem('theme', 'dark'));
  const page = await context.newPage();
  await page.route('**/*.css', (r) => r.continue());
  let themeAtParse = '';
  await page.exposeFunction('reportTheme', (t: string) => (themeAtParse = t));
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => (window as unknown as { reportTheme(t: string): void }).reportTheme(document.documentElement.dataset.theme!), { once: true });
  });
  await page.goto('');
  await expect.poll(() => themeAtParse).toBe('dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(13, 17, 23)');
  await context.close();
});

for (const lang of ['en', 'zh-cn'] as const) {
  test(`search (${lang}) finds a word that appears only in chapter 3`, async ({ page, request }) => {
    const prefix = lang === 'en' ? '' : 'zh-cn/';
    // Pick the word from the built pages, so the test follows the content.
    const texts = new Map<string, string>();
    for (const path of sitePages(lang)) {
      const html = await (await request.get(path)).text();
      texts.set(path, articleText(html));
    }
    const target = `${prefix}${ch(3)}`;
    const candidates = lang === 'en'
      ? [...new Set(texts.get(target)!.match(/\b[a-z]{8,}\b/g))]
      : [...new Set(texts.get(target)!.match(/[\u4e00-\u9fff]{2,4}/g)!.flatMap((run) => [run.slice(0, 2), run.slice(2, 4)]).filter((w) => w.length === 2))];
    const unique = candidates.filter((w) => [...texts].every(([p, t]) => p === target || !t.includes(w)));
    expect(unique.length, 'words only chapter 3 uses').toBeGreaterThan(0);

    await page.goto(prefix);
    // Chinese has no spaces: keep the candidates that the index holds as words of their own.
    const word = await page.evaluate(async (words) => {
      const pagefind = await import(`${document.querySelector<HTMLElement>('site-search')!.dataset.bundle}pagefind.js`);
      for (const w of words) {
        const [first] = (await pagefind.search(w)).results;
        if (first && (await first.data()).excerpt.includes(`<mark>${w}</mark>`)) return w;
      }
      return undefined;
    }, unique.slice(0, 80));
    expect(word, 'a chapter-3-only word the index knows').toBeTruthy();
    await page.locator('site-search .search-button').click();
    const input = page.locator('dialog[open] input');
    await expect(input).toBeFocused();
    await input.fill(word!);
    const results = page.locator('dialog[open] .pagefind-ui__result-link');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h.startsWith(`/${target}`)), `${word}: ${hrefs.join(', ')}`).toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog[open]')).toHaveCount(0);
  });
}

for (const word of ['背压', '事件循环', '异步生成器']) {
  test(`Chinese search finds ${word}`, async ({ page, request }) => {
    // The pages whose text has the word must all be found, the best match first.
    const having: string[] = [];
    for (const path of sitePages('zh-cn')) {
      const html = await (await request.get(path)).text();
      if (articleText(html).includes(word)) having.push(`/${path}`);
    }
    expect(having.length).toBeGreaterThan(0);
    await page.goto('zh-cn/');
    await page.keyboard.press('/');
    await page.locator('dialog[open] input').fill(word);
    const results = page.locator('dialog[open] .pagefind-ui__result-link');
    await expect(results.first()).toBeVisible();
    const shown = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(shown.every((h) => h.startsWith('/zh-cn/'))).toBe(true);
    expect(having.some((p) => shown[0].startsWith(p))).toBe(true);
    // The UI shows the first few; the index must hold them all.
    const found: string[] = await page.evaluate(async (w) => {
      const pagefind = await import(`${document.querySelector<HTMLElement>('site-search')!.dataset.bundle}pagefind.js`);
      const { results } = await pagefind.search(w);
      return Promise.all(results.map(async (r: { data(): Promise<{ url: string }> }) => new URL((await r.data()).url, location.href).pathname));
    }, word);
    for (const path of having) expect(found.some((h) => h.startsWith(path)), `${path} not found for ${word}`).toBe(true);
  });
}

test('search results stay in the language being read', async ({ page }) => {
  await page.goto('zh-cn/');
  await page.keyboard.press('/');
  await page.locator('dialog[open] input').fill('Promise');
  const results = page.locator('dialog[open] .pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.every((h) => h.startsWith('/zh-cn/'))).toBe(true);
});

test('the mobile menu opens, lists the chapters, and closes', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(ch(1));
  const sidebar = page.locator('#site-sidebar');
  await expect(sidebar).toBeHidden();
  const button = page.locator('site-menu-button button');
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(sidebar).toBeVisible();
  await sidebar.locator('a').nth(2).click();
  await expect(page).toHaveURL(new RegExp(`${ch(2)}$`));
  await expect(page.locator('#site-sidebar')).toBeHidden();
  await context.close();
});

test('skip link, table of contents and code copy work from the keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(ch(1));
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#content$/);
  const toc = page.locator('table-of-contents a');
  expect(await toc.count()).toBeGreaterThan(2);
  const last = toc.last();
  await last.click();
  await expect(last).toHaveAttribute('aria-current', 'true');
  const copy = page.locator('.code-block .copy-code').first();
  if (await copy.count()) {
    await copy.focus();
    await page.keyboard.press('Enter');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.length).toBeGreaterThan(5);
    await expect(copy).toHaveText(/Copied/);
  }
});

test('404 pages are localized and lead back', async ({ page }) => {
  const res = await page.goto('no-such-page/');
  expect(res!.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const zh = await page.goto('zh-cn/no-such-page/');
  expect(zh!.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('页面不存在');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.locator('#content a').first().click();
  await expect(page).toHaveURL(/\/zh-cn\/$/);
});

test('diagrams never set Chinese text in a monospace font (it would render as boxes)', async ({ page }) => {
  let checked = 0;
  for (const path of sitePages('zh-cn')) {
    await page.goto(path);
    const texts = await page.locator('figure svg text').evaluateAll((els) =>
      els.map((el) => ({ text: el.textContent ?? '', font: getComputedStyle(el).fontFamily })),
    );
    checked += texts.filter((t) => /[\u3400-\u9fff]/.test(t.text)).length;
    const mono = texts.filter((t) => /mono/i.test(t.font) && /[\u3000-\u9fff\uff00-\uffef]/.test(t.text));
    expect(mono, path).toEqual([]);
  }
  expect(checked, 'the Chinese pages have diagrams with Chinese text').toBeGreaterThan(10);
});

test('sitemap lists every page of both languages', async ({ request }) => {
  const index = await (await request.get('sitemap-index.xml')).text();
  const sitemap = await (await request.get(new URL(/<loc>([^<]+)<\/loc>/.exec(index)![1]).pathname.replace(/^\//, ''))).text();
  for (const path of [...sitePages('en'), ...sitePages('zh-cn')]) {
    expect(sitemap).toContain(`/${path}</loc>`);
  }
  expect(sitemap).not.toContain('404');
});
