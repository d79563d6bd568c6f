// The workspace (/playground/ and a page per example under it): layout, gallery, drafts,
// shortcuts, the divider, and axe in both themes and languages.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { chapterSlugs, run, watchProblems, wcagViolationsInBothThemes } from './support';
import { exampleIds, exampleSource } from '../support/examples';
import { decodeShareHash, encodeShareHash } from '../../src/playground/share';

const MUTEX = '05-async-toolkit/mutex';
const THREE = ['three-sequential', 'three-concurrent', 'three-concurrent-cpu-bound'].map((n) => `03-async-generators-in-depth/${n}`);

const workspace = (page: Page) => page.locator('[data-workspace]');
const pane = (page: Page, name: 'editor' | 'output') => workspace(page).locator(`[data-pane="${name}"]`);
const playground = (page: Page) => workspace(page).locator('[data-playground]');
const outputLines = (page: Page) => pane(page, 'output').locator('.pg-output .pg-line:not(.pg-notice)');

/** Opens a workspace page and waits for its editor. */
async function open(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  const editor = pane(page, 'editor').locator('.monaco-editor');
  await expect(editor).toBeVisible({ timeout: 20_000 });
  return editor;
}

/** The code the address carries (the workspace keeps it in step with the editor). */
const codeInAddress = (page: Page) => decodeShareHash(new URL(page.url()).hash);

const box = async (l: Locator) => (await l.boundingBox())!;

test.describe('layout', () => {
  test('at 1280×800: editor | output side by side, the type errors and the first output lines in view, no sidebar', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await open(page, `playground/${encodeShareHash("const n: number = 'one';\nconsole.log('first line', n);\n")}`);
    const [editor, output] = [await box(pane(page, 'editor')), await box(pane(page, 'output'))];
    expect(editor.x + editor.width).toBeLessThanOrEqual(output.x);
    expect(Math.abs(editor.y - output.y)).toBeLessThan(2);
    // Full width: the two panes and the divider take the page's width.
    expect(output.x + output.width - editor.x).toBeGreaterThan(1270);
    await expect(page.locator('#site-sidebar')).toBeHidden();
    await expect(page.locator('.site-header')).toBeInViewport();

    expect(await run(playground(page))).toBe('done');
    const diagnostics = pane(page, 'editor').locator('.pg-diagnostics');
    await expect(diagnostics).toContainText('TS2322', { timeout: 20_000 });
    for (const l of [pane(page, 'editor').locator('.monaco-editor'), diagnostics, outputLines(page).first()]) {
      await expect(l).toBeInViewport({ ratio: 1 });
    }
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
    await context.close();
  });

  test('at 390 px: the editor above the output, each the full width', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`playground/${MUTEX}/`);
    const area = pane(page, 'editor').locator('textarea');
    await expect(area).toBeVisible({ timeout: 20_000 });
    // It opens at the code's first line, its caret there too (not scrolled to the end).
    await expect(area).toBeFocused();
    expect(await area.evaluate((a: HTMLTextAreaElement) => [a.scrollTop, a.selectionStart])).toEqual([0, 0]);
    const [editor, output] = [await box(pane(page, 'editor')), await box(pane(page, 'output'))];
    expect(editor.y + editor.height).toBeLessThanOrEqual(output.y + 1);
    for (const b of [editor, output]) expect(b.width).toBeGreaterThan(380);
    await expect(page.locator('[data-divider]')).toBeHidden();
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});

for (const width of [1280, 390]) {
  test(`at ${width} px the toolbar's buttons stay put while a run's status changes`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await open(page, `playground/${encodeShareHash("await new Promise((resolve) => setTimeout(resolve, 1500));\nconsole.log('done');\n")}`);
    const pg = playground(page);
    const status = pg.locator('.pg-status');
    const stop = pg.locator('[data-action="stop"]');
    const idle = await box(stop);
    await pg.locator('[data-action="run"]').click();
    await expect(status).toHaveText('Running…');
    const starting = await box(stop);
    // A moment later the status counts the time and names the limit: a much longer text.
    await expect(status).toHaveText(/^Running for .+; stops by itself after /);
    const counting = await box(stop);
    await expect(pg).toHaveAttribute('data-state', 'done');
    const done = await box(stop);
    for (const b of [starting, counting, done]) expect([b.x, b.y]).toEqual([idle.x, idle.y]);
  });
}

test.describe('gallery', () => {
  for (const [lang, prefix] of [['en', ''], ['zh-cn', 'zh-cn/']] as const) {
    test(`lists every example on disk, grouped by chapter, in ${lang}`, async ({ page }) => {
      await page.goto(`${prefix}playground/`);
      const items = page.locator('[data-gallery] [data-example]');
      const ids = await items.evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.example!));
      expect([...ids].sort()).toEqual(exampleIds());
      // One group per folder, each holding only its own examples.
      const groups = page.locator('[data-gallery] [data-gallery-group]');
      await expect(groups).toHaveCount(chapterSlugs.length + 1);
      for (const [i, folder] of ['home', ...chapterSlugs].entries()) {
        const own = await groups.nth(i).locator('[data-example]').evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.example!));
        expect(own.length).toBeGreaterThan(0);
        expect(own.every((id) => id.startsWith(`${folder}/`)), own.join(', ')).toBe(true);
      }
      // Titles as the chapter shows them, in the page's language.
      const mutex = page.locator(`[data-gallery] [data-example="${MUTEX}"]`);
      await expect(mutex.locator('.ws-item-title')).toHaveText(lang === 'en' ? 'A lost update, and a mutex that prevents it' : /互斥锁/);
      await expect(mutex).toHaveAttribute('data-languages', 'ts py');
      if (lang === 'zh-cn') {
        const titles = await page.locator('[data-gallery] .ws-item-title').allTextContents();
        expect(titles.filter((t) => !/[\u4e00-\u9fff]/.test(t))).toEqual([]);
      }
    });
  }

  test('typing filters it; Escape closes it and gives the focus back', async ({ page }) => {
    await page.goto('playground/');
    const toggle = page.locator('[data-gallery-toggle]');
    const gallery = page.locator('[data-gallery]');
    await expect(gallery).toBeHidden();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(gallery).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const filter = gallery.locator('[data-gallery-filter]');
    await expect(filter).toBeFocused();

    const visible = gallery.locator('li[data-search]:visible a');
    const all = await visible.count();
    await page.keyboard.type('MUTEX toolkit');
    await expect(visible).toHaveCount(1);
    await expect(visible).toHaveAttribute('data-example', MUTEX);
    await expect(gallery.locator('[data-gallery-count]')).toHaveText(`1 of ${all} examples`);
    await expect(gallery.locator('[data-gallery-group]:visible')).toHaveCount(1);
    await filter.fill('no such example anywhere');
    await expect(visible).toHaveCount(0);
    await expect(gallery.locator('[data-gallery-none]')).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(gallery).toBeHidden();
    await expect(toggle).toBeFocused();
  });

  test('choosing an example loads it with all its variants as tabs, and does not run it', async ({ page }) => {
    await open(page, 'playground/');
    await page.locator('[data-gallery-toggle]').click();
    await page.locator(`[data-gallery] [data-example="${THREE[1]}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/playground/${THREE[1]}/$`));
    const tabs = pane(page, 'editor').locator('[role="tab"]');
    await expect(tabs).toHaveCount(3);
    await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
    const editor = pane(page, 'editor').locator('.pg-panel:visible .monaco-editor');
    await expect(editor).toBeVisible({ timeout: 20_000 });
    const firstLine = exampleSource(THREE[1]).split('\n')[0];
    await expect(editor).toContainText(firstLine);
    await page.waitForTimeout(500);
    await expect(playground(page)).toHaveAttribute('data-state', 'idle');
    await expect(outputLines(page)).toHaveCount(0);
    await expect(page.locator(`[data-gallery] [data-example="${THREE[1]}"]`)).toHaveAttribute('aria-current', 'page');

    // Another tab moves the address to that variant's page.
    await tabs.nth(2).click();
    await expect(page).toHaveURL(new RegExp(`/playground/${THREE[2]}/$`));
  });

  test("a chapter's Open in playground opens that example; edited code travels in the link", async ({ page }) => {
    await page.goto(`chapters/${chapterSlugs[2]}/`);
    const pg = page.locator('[data-playground]').filter({ has: page.locator('[role="tab"]', { hasText: 'Concurrent, CPU-bound' }) });
    await pg.locator('[role="tab"]').nth(1).click();
    const link = pg.locator('a[data-action="open"]');
    await expect(link).toHaveAttribute('href', new RegExp(`/playground/${THREE[1]}/$`));

    await pg.locator('[data-action="edit"]').click();
    await expect(pg.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n// from the chapter');
    await expect(link).toHaveAttribute('href', new RegExp(`/playground/${THREE[1]}/#code/`));
    await link.click();
    // The edited line is the last: Monaco draws only the lines in view, so go there first.
    const editor = pane(page, 'editor').locator('.pg-panel:visible .monaco-editor');
    await expect(editor).toBeVisible({ timeout: 20_000 });
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await expect(editor).toContainText('// from the chapter');
    await expect(page.locator('[data-scratch-note]')).toBeVisible();
    await expect(playground(page)).toHaveAttribute('data-state', 'idle');
  });
});

/** Opens the mutex example and types a first line into it; waits until the address has it. */
async function writeDraft(page: Page): Promise<void> {
  const editor = await open(page, `playground/${MUTEX}/`);
  await editor.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('// my draft\n');
  await expect.poll(() => codeInAddress(page)).toContain('// my draft');
}

test.describe('the way back to the chapter', () => {
  const BLOCKING = '03-async-generators-in-depth/pipeline-blocking';
  for (const [prefix, text] of [['', 'Back to “The async version: nothing blocks, nothing gets faster”'], ['zh-cn/', '返回“异步版本：不再阻塞，但也没有变快”']] as const) {
    test(`an example opened from a chapter links back to its section (${prefix || 'en/'})`, async ({ page }) => {
      await open(page, `${prefix}playground/${BLOCKING}/`);
      const back = workspace(page).locator('[data-back-to-section]');
      await expect(back).toBeVisible();
      await expect(back).toHaveText(`← ${text}`);
      await expect(back).toHaveAttribute('href', new RegExp(`^/${prefix}chapters/03-async-generators-in-depth/#.+`));
      await back.click();
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      const heading = page.locator(`[id="${id}"]`);
      await expect(heading).toHaveText(text.slice(text.indexOf('“') + 1, -1));
      await expect(heading).toBeInViewport();
      // …and the section holds the example's playground.
      const section = await heading.evaluate((h) => {
        for (let el = h.nextElementSibling; el && !/^H[1-6]$/.test(el.tagName); el = el.nextElementSibling) {
          if (el.matches('[data-playground]') || el.querySelector('[data-playground]')) return (el.matches('[data-playground]') ? el : el.querySelector('[data-playground]'))!.getAttribute('data-examples');
        }
        return null;
      });
      expect(section).toContain(BLOCKING);
    });
  }

  test("every chapter example's back link names a heading of its chapter, in both languages", async ({ page }) => {
    const missing: string[] = [];
    for (const prefix of ['', 'zh-cn/']) {
      for (const id of exampleIds().filter((e) => !e.startsWith('home/'))) {
        const html = await (await page.request.get(`${prefix}playground/${id}/`)).text();
        const href = /<a class="ws-back" href="([^"]+)"/.exec(html)?.[1];
        if (!href) { missing.push(`${prefix}${id}: no link`); continue; }
        const [path, hash] = href.split('#');
        const chapter = await (await page.request.get(path.replace(/^\//, ''))).text();
        if (!new RegExp(`<h[2-6][^>]* id="${decodeURIComponent(hash).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(chapter)) missing.push(`${prefix}${id}: ${href}`);
      }
    }
    expect(missing).toEqual([]);
  });

  for (const width of [1280, 390]) {
    test(`a long title is shown whole at ${width} px`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await open(page, `playground/${BLOCKING}/`);
      const title = workspace(page).locator('.ws-title');
      await expect(title).toContainText('Blocking functions vs an async generator: 375 ms either way · Blocking functions');
      const clipped = await title.evaluate((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1 || getComputedStyle(el).textOverflow === 'ellipsis');
      expect(clipped).toBe(false);
      // Nothing it wraps onto is hidden under the bar's other controls.
      const [t, font] = [await box(title), await box(workspace(page).locator('.ws-font'))];
      expect(t.y + t.height <= font.y || font.y + font.height <= t.y || t.x + t.width <= font.x).toBe(true);
      await context.close();
    });
  }
});

test.describe('drafts', () => {
  test('an edit survives a reload and a later visit; Reset brings back the original and forgets the draft', async ({ page }) => {
    await writeDraft(page);

    await page.reload();
    await expect(pane(page, 'editor').locator('.monaco-editor')).toContainText('// my draft', { timeout: 20_000 });

    // Without the hash: the draft comes from this browser, and the page says so.
    await open(page, `playground/${MUTEX}/`);
    await expect(pane(page, 'editor').locator('.monaco-editor')).toContainText('// my draft');
    await expect(page.locator('[data-scratch-note]')).toContainText('draft');
    await expect.poll(() => codeInAddress(page)).toContain('// my draft');

    await playground(page).locator('[data-action="reset"]').click();
    await expect(pane(page, 'editor').locator('.monaco-editor')).not.toContainText('// my draft');
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    await open(page, `playground/${MUTEX}/`);
    await page.waitForTimeout(300);
    expect(codeInAddress(page)).toBeUndefined();
    await expect(pane(page, 'editor').locator('.monaco-editor')).not.toContainText('// my draft');
    await expect(page.locator('[data-scratch-note]')).toBeHidden();
  });

  test("a link's code is shown, not the draft, and not run", async ({ page }) => {
    await writeDraft(page);
    await open(page, `playground/${MUTEX}/${encodeShareHash("console.log('from a link');\n")}`);
    await expect(pane(page, 'editor').locator('.monaco-editor')).toContainText("console.log('from a link');");
    await expect(pane(page, 'editor').locator('.monaco-editor')).not.toContainText('// my draft');
    await page.waitForTimeout(500);
    await expect(playground(page)).toHaveAttribute('data-state', 'idle');
    // Unedited, the link's code did not replace the draft.
    await open(page, `playground/${MUTEX}/`);
    await expect(pane(page, 'editor').locator('.monaco-editor')).toContainText('// my draft');
  });

  test("this session's runs are listed across examples, with their elapsed times", async ({ page }) => {
    await open(page, 'playground/home/sequential/');
    expect(await run(playground(page))).toBe('done');
    await open(page, 'playground/home/concurrent/');
    expect(await run(playground(page))).toBe('done');
    const runs = page.locator('[data-session-runs] li');
    await expect(runs).toHaveCount(2);
    await expect(runs.first()).toContainText(/Concurrent · original — [\d.]+ m?s$/);
    await expect(runs.last()).toContainText(/Sequential · original — [\d.]+ m?s$/);
    await expect(runs.last().locator('a')).toHaveAttribute('href', /\/playground\/home\/sequential\/$/);
  });
});

test.describe('shortcuts and settings', () => {
  test('Ctrl+Enter runs, Ctrl+S copies the share link (no save dialog), Shift+Alt+F formats, Esc leaves the editor', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const editor = await open(page, `playground/${MUTEX}/`);
    await expect(page.locator('.ws-keys')).toBeVisible();
    await editor.click();
    await page.keyboard.press('Control+Enter');
    await expect(playground(page)).toHaveAttribute('data-state', 'done', { timeout: 20_000 });

    await page.keyboard.press('Control+A');
    await page.keyboard.type('const   x=[1,2];console.log( x )');
    await page.keyboard.press('Shift+Alt+F');
    await expect.poll(() => codeInAddress(page), { timeout: 15_000 }).toBe('const x = [1, 2]; console.log(x)');

    // Seen after the workspace's own listener (on window, in the capture phase), before the editor's.
    await page.evaluate(() => document.addEventListener('keydown', (e) => { if (e.key.toLowerCase() === 's') (window as unknown as { saved: boolean }).saved = !e.defaultPrevented; }, { capture: true }));
    await page.keyboard.press('Control+S');
    await expect(playground(page).locator('.pg-status')).toHaveText('Link copied');
    expect(await page.evaluate(() => (window as unknown as { saved: boolean }).saved)).toBe(false);
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.pathname).toBe(`/playground/${MUTEX}/`);
    expect(decodeShareHash(link.hash)).toBe('const x = [1, 2]; console.log(x)');

    await editor.click();
    await page.keyboard.press('Escape');
    await expect(playground(page).locator('[data-action="run"]')).toBeFocused();
  });

  test('the divider moves with the keyboard and the mouse, and keeps its place', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await open(page, `playground/${MUTEX}/`);
    const divider = page.locator('[role="separator"][data-divider]');
    const editorWidth = async () => (await box(pane(page, 'editor'))).width;
    await expect(divider).toHaveAttribute('aria-valuenow', '50');
    const before = await editorWidth();
    await divider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(divider).toHaveAttribute('aria-valuenow', '60');
    expect(await editorWidth()).toBeGreaterThan(before + 100);
    await page.keyboard.press('End');
    await expect(divider).toHaveAttribute('aria-valuenow', '80');
    await page.keyboard.press('Home');
    await expect(divider).toHaveAttribute('aria-valuenow', '20');

    const d = await box(divider);
    await page.mouse.move(d.x + d.width / 2, d.y + d.height / 2);
    await page.mouse.down();
    await page.mouse.move(640, d.y + d.height / 2, { steps: 5 });
    await page.mouse.up();
    const value = async () => Number(await divider.getAttribute('aria-valuenow'));
    // 640 px is the middle of the page, give or take a scrollbar.
    expect(Math.abs((await value()) - 50)).toBeLessThanOrEqual(1);

    const dragged = await value();
    await page.reload();
    expect(await value()).toBe(dragged);
    await divider.focus();
    await page.keyboard.press('PageDown');
    await page.reload();
    expect(await value()).toBe(dragged - 10);
    await context.close();
  });

  test('the font size applies to the editor and the output, and is kept', async ({ page }) => {
    await open(page, `playground/${MUTEX}/`);
    const size = () => pane(page, 'editor').locator('.monaco-editor .view-lines').evaluate((el) => getComputedStyle(el).fontSize);
    expect(await size()).toBe('14px');
    await page.locator('select[data-font-size]').selectOption('18');
    await expect.poll(size).toBe('18px');
    expect(await pane(page, 'output').locator('.pg-output').evaluate((el) => getComputedStyle(el).fontSize)).toBe('18px');
    await open(page, `playground/${MUTEX}/`);
    await expect.poll(size).toBe('18px');
  });

  test('the editor follows the site theme', async ({ page }) => {
    await open(page, `playground/${MUTEX}/`);
    const background = () => pane(page, 'editor').locator('.monaco-editor-background').evaluate((el) => getComputedStyle(el).backgroundColor);
    const before = await background();
    await page.locator('theme-toggle button').click();
    await expect.poll(background).not.toBe(before);
  });

  test('the folded sidebar opens from the menu button at full width', async ({ page }) => {
    await page.goto('playground/');
    const sidebar = page.locator('#site-sidebar');
    await expect(sidebar).toBeHidden();
    await page.locator('site-menu-button button').click();
    await expect(sidebar).toBeVisible();
    await expect(sidebar.locator('a[aria-current="page"]')).toHaveAttribute('href', /\/playground\/$/);
    await page.keyboard.press('Escape');
    await expect(sidebar).toBeHidden();
  });
});

for (const prefix of ['', 'zh-cn/']) {
  test(`/${prefix}playground/ with the gallery open and a run done has no WCAG 2.2 AA violations, light and dark`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const watch = watchProblems(page);
    await open(page, `${prefix}playground/${THREE[1]}/`);
    expect(await run(playground(page))).toBe('done');
    await page.locator('[data-gallery-toggle]').click();
    await expect(page.locator('[data-gallery]')).toBeVisible();
    expect(await wcagViolationsInBothThemes(page)).toEqual([]);
    watch.expectClean();
  });
}
