// Exercises in the page: Check grades the reader's code in the sandbox, row by row; hints
// come one at a time; Show solution puts the reference solution in the editor; progress is
// kept per exercise and language, in the table of contents and the sidebar, until Reset.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { watchProblems, wcagViolations } from './support';

const CH1 = 'chapters/01-generators-to-async-await/';
const ID = '01-generators-to-async-await/load-profile';
const source = (file: string) => readFileSync(`content/exercises/${ID}/${file}`, 'utf8').replace(/\r\n/g, '\n').trimEnd() + '\n';

const exercise = (page: Page, id = ID) => page.locator(`[data-exercise="${id}"]`);
const rows = (ex: Locator) => ex.locator('[data-check]');

/** Presses Check and waits until every row has its verdict. */
async function check(ex: Locator): Promise<void> {
  await ex.getByRole('button', { name: /^(Check|检查)$/ }).click();
  await expect(ex).toHaveAttribute('data-checking', '');
  await expect(ex).not.toHaveAttribute('data-checking', '', { timeout: 30_000 });
  await expect(rows(ex).and(ex.locator(':not([data-result])'))).toHaveCount(0);
}

/** The reader's code, as a draft kept from an earlier visit (the playground shows it at once). */
async function withDraft(page: Page, code: string, lang = 'en'): Promise<void> {
  await page.addInitScript(([key, value]) => {
    if (window === top && !sessionStorage.getItem('ex-draft-set')) {
      localStorage.setItem(key, value);
      sessionStorage.setItem('ex-draft-set', '1');
    }
  }, [`ag-playground:draft:${lang}:exercises/${ID}`, code]);
}

test('Check grades the starter, Show solution passes, progress survives a reload and goes with Reset', async ({ page }) => {
  const { expectClean } = watchProblems(page);
  await page.goto(CH1);
  const ex = exercise(page);
  await ex.scrollIntoViewIfNeeded();
  await expect(ex).toHaveAttribute('data-exercise-state', 'unsolved');
  await expect(ex).toHaveAttribute('role', 'region');
  await expect(page.getByRole('region', { name: 'Load a profile in one round trip' })).toBeVisible();

  // The starter works but is sequential: its result is right, its timing is not.
  await check(ex);
  await expect(rows(ex).nth(0)).toHaveAttribute('data-result', 'pass');
  const overlap = ex.locator('[data-check="overlap"]');
  await expect(overlap).toHaveAttribute('data-result', 'fail');
  await expect(overlap.locator('.ex-expected')).toContainText('api.posts() starts while api.user() is still waiting');
  await expect(overlap.locator('.ex-happened')).toContainText(/started at \d+ ms, after api.user\(\) had finished at \d+ ms: one waited for the other/);
  // Beside it, the check's stretch of the timeline: the reader's function and the two requests.
  await expect(overlap.locator('.ex-excerpt figcaption')).toHaveText('Timeline of this check');
  await expect(overlap.locator('.pg-tl-names')).toContainText(['loadProfile']);
  await expect(ex.locator('[data-check="fails-fast"]')).toHaveAttribute('data-result', 'fail');
  await expect(ex).toHaveAttribute('data-exercise-state', 'unsolved');
  await expect(ex.locator('[data-exercise-status]')).toHaveText('1 of 3 checks pass');
  await expect(page.locator('.toc a[data-solved]')).toHaveCount(0);

  // The reference solution goes into the editor, with its explanation, and passes.
  await expect(ex.locator('[data-explanation]')).toBeHidden();
  await ex.getByRole('button', { name: 'Show solution' }).click();
  await expect(ex.locator('.pg-code pre')).toHaveText(source('solution.ts').trimEnd());
  await expect(ex.locator('[data-explanation]')).toBeVisible();
  await expect(ex.locator('[data-explanation]')).toContainText('Promise.allSettled');
  await check(ex);
  await expect(rows(ex).and(ex.locator('[data-result="pass"]'))).toHaveCount(3);
  await expect(ex).toHaveAttribute('data-exercise-state', 'solved');
  await expect(ex.locator('[data-exercise-status]')).toHaveText('Solved: every check passes');
  // Marked where the reader navigates: the chapter's table of contents and the sidebar.
  const tocLink = page.locator('.toc a[href="#load-a-profile-in-one-round-trip"]');
  await expect(tocLink).toHaveAttribute('data-solved', '');
  await expect(tocLink).toContainText('(solved)');
  const counter = page.locator('#site-sidebar [data-exercise-count^="01-"]');
  await expect(counter).toContainText('1/4');
  await expect(counter).toContainText('1 of 4 exercises solved');

  // After a reload: still solved, the solution still in the editor (the draft), the explanation shown.
  await page.reload();
  await expect(ex).toHaveAttribute('data-exercise-state', 'solved');
  await expect(tocLink).toHaveAttribute('data-solved', '');
  await expect(counter).toContainText('1/4');
  await expect(ex.locator('[data-explanation]')).toBeVisible();
  await expect(ex.locator('.pg-code pre')).toHaveText(source('solution.ts').trimEnd());

  // Reset progress: the starter back, nothing solved, nothing marked, and so after a reload.
  await ex.getByRole('button', { name: 'Reset progress' }).click();
  await expect(ex).toHaveAttribute('data-exercise-state', 'unsolved');
  await expect(ex.locator('[data-explanation]')).toBeHidden();
  await expect(rows(ex).and(ex.locator('[data-result]'))).toHaveCount(0);
  await expect(ex.locator('.pg-code pre')).toHaveText(source('starter.ts').trimEnd());
  await expect(tocLink).not.toHaveAttribute('data-solved', '');
  await expect(counter).toContainText('0/4');
  await page.waitForTimeout(400); // the draft is forgotten after a short delay, as every draft is saved
  await page.reload();
  await expect(ex).toHaveAttribute('data-exercise-state', 'unsolved');
  await expect(ex.locator('.pg-code pre')).toHaveText(source('starter.ts').trimEnd());
  await expect(counter).toContainText('0/4');
  expectClean();
});

test('Show solution keeps the reader\'s own code: Back to my code brings it back, after a reload too', async ({ page }) => {
  const mine = 'export async function loadProfile() {\n  // my attempt\n}\n';
  await withDraft(page, mine);
  await page.goto(CH1);
  const ex = exercise(page);
  const back = ex.getByRole('button', { name: 'Back to my code' });
  await expect(ex.locator('.pg-code pre')).toHaveText(mine.trimEnd());
  await expect(back).toBeHidden();
  await ex.getByRole('button', { name: 'Show solution' }).click();
  await expect(ex.locator('.pg-code pre')).toHaveText(source('solution.ts').trimEnd());
  await expect(ex.locator('[data-exercise-status]')).toHaveText('The reference solution is in the editor; “Back to my code” brings yours back.');
  await expect(back).toBeVisible();
  await page.reload();
  await expect(back).toBeVisible();
  await back.click();
  await expect(ex.locator('.pg-code pre')).toHaveText(mine.trimEnd());
  await expect(back).toBeHidden();
  await expect(ex.locator('[data-exercise-status]')).toHaveText('Your code is back in the editor.');
  await expect(ex.getByRole('button', { name: 'Show solution' })).toBeFocused();
  // The starter is not the reader's code: asking for the solution over it offers nothing to go back to.
  await ex.getByRole('button', { name: 'Reset progress' }).click();
  await ex.getByRole('button', { name: 'Show solution' }).click();
  await expect(ex.locator('[data-exercise-status]')).toHaveText('The reference solution is in the editor. Press Check to see it pass.');
  await expect(back).toBeHidden();
});

test('hints come one at a time, and stay shown after a reload', async ({ page }) => {
  await page.goto(CH1);
  const ex = exercise(page);
  const hints = ex.locator('[data-hint]');
  const button = ex.locator('[data-exercise-action="hint"]');
  await expect(hints).toHaveCount(2);
  await expect(hints.nth(0)).toBeHidden();
  await expect(button).toHaveText('Show hint 1 of 2');
  await button.click();
  await expect(hints.nth(0)).toBeVisible();
  await expect(hints.nth(0)).toBeFocused();
  await expect(hints.nth(0).locator('.ex-hint-title')).toHaveText('Hint 1');
  await expect(hints.nth(1)).toBeHidden();
  await expect(button).toHaveText('Show hint 2 of 2');
  await button.click();
  await expect(hints.nth(1)).toBeVisible();
  await expect(button).toBeHidden();
  await page.reload();
  await expect(hints.nth(1)).toBeVisible();
  await expect(button).toBeHidden();
  await ex.getByRole('button', { name: 'Reset progress' }).click();
  await expect(hints.nth(0)).toBeHidden();
  await expect(button).toHaveText('Show hint 1 of 2');
});

test('the Chinese page: Chinese controls, rows and progress of its own', async ({ page }) => {
  await page.goto(`zh-cn/${CH1}`);
  const ex = exercise(page);
  await expect(ex.locator('.pg-code pre')).toContainText('让两个请求重叠进行。');
  await check(ex);
  await expect(ex.locator('[data-check="overlap"] .ex-name')).toHaveText('两个请求重叠进行');
  await expect(ex.locator('[data-check="overlap"] .ex-happened')).toContainText('一个在等另一个');
  await expect(ex.locator('[data-check="overlap"] .ex-excerpt figcaption')).toHaveText('这项检查期间的时间线');
  await expect(ex.locator('[data-exercise-status]')).toHaveText('3 项检查通过了 1 项');
  await ex.getByRole('button', { name: '查看答案' }).click();
  await expect(ex.locator('.pg-code pre')).toHaveText(source('solution.zh-cn.ts').trimEnd());
  await check(ex);
  await expect(ex).toHaveAttribute('data-exercise-state', 'solved');
  await expect(ex.locator('[data-exercise-status]')).toHaveText('已完成：全部检查通过');
  await expect(page.locator('#site-sidebar [data-exercise-count^="01-"]')).toContainText('已完成 1/4 道练习');
  // Progress is per language: the English page has none.
  await page.goto(CH1);
  await expect(exercise(page)).toHaveAttribute('data-exercise-state', 'unsolved');
  await expect(page.locator('#site-sidebar [data-exercise-count^="01-"]')).toContainText('0/4');
});

test('code that only prints the expected output fails every check', async ({ page }) => {
  await withDraft(page, "console.log(\"{ user: 'user 7', posts: [ 'post 7a', 'post 7b' ] }\");\nconsole.log('101 ms');\n");
  await page.goto(CH1);
  const ex = exercise(page);
  await check(ex);
  await expect(rows(ex).and(ex.locator('[data-result="fail"]'))).toHaveCount(3);
  await expect(rows(ex).first().locator('.ex-happened')).toContainText('there is no export named loadProfile');
  await expect(ex.locator('.pg-output')).toContainText("{ user: 'user 7', posts: [ 'post 7a', 'post 7b' ] }");
});

test('code that replaces the built-ins the checks rely on fails, and the page is unharmed', async ({ page }) => {
  const { expectClean } = watchProblems(page);
  await withDraft(page, [
    "JSON.stringify = () => 'same'; Object.is = () => true; delete (globalThis as any).setTimeout;",
    "export async function loadProfile() { return { user: 'user 3', posts: ['post 3'] }; }",
  ].join('\n'));
  await page.goto(CH1);
  const ex = exercise(page);
  await check(ex);
  await expect(rows(ex).and(ex.locator('[data-result="fail"]'))).toHaveCount(3);
  await expect(rows(ex).first().locator('.ex-happened')).toContainText('your code changed setTimeout, Object.is, JSON.stringify, which the checks rely on');
  expectClean();
});

test('code that throws at its top level fails with the error, shown in the output', async ({ page }) => {
  await withDraft(page, "throw new RangeError('boom');\n");
  await page.goto(CH1);
  const ex = exercise(page);
  await check(ex);
  await expect(rows(ex).first().locator('.ex-happened')).toHaveText('Happened its top level threw RangeError: boom');
  // Said once: the later rows point at the first instead of repeating it.
  await expect(rows(ex).nth(1).locator('.ex-happened')).toHaveText('Happened not checked: the checks cannot run on this code (the first failing check says why)');
  await expect(rows(ex).last().locator('.ex-happened')).not.toContainText('RangeError');
  await expect(ex.locator('.pg-output').first()).toContainText('RangeError: boom');
});

test('code that never settles times out check by check', async ({ page }) => {
  await withDraft(page, 'export function loadProfile(): Promise<never> { return new Promise(() => {}); }\n');
  await page.goto(CH1);
  const ex = exercise(page);
  await check(ex);
  await expect(rows(ex).first().locator('.ex-happened')).toContainText('timed out: still running after 2000 ms');
  await expect(rows(ex).last().locator('.ex-happened')).toContainText('still waiting after 400 ms');
});

test('Stop ends a check run whose code never gives the thread back; the rows say so', async ({ page }) => {
  await withDraft(page, "export async function loadProfile(): Promise<never> { console.log('looping'); while (true) {} }\n");
  await page.goto(CH1);
  const ex = exercise(page);
  await ex.getByRole('button', { name: 'Check' }).click();
  const pg = ex.locator('[data-playground]');
  await expect(pg).toHaveAttribute('data-state', 'running');
  await expect(pg.locator('.pg-output')).toContainText('looping');
  await pg.locator('[data-action="stop"]').click();
  await expect(ex).not.toHaveAttribute('data-checking', '');
  await expect(rows(ex).and(ex.locator('[data-result="fail"]'))).toHaveCount(3);
  await expect(rows(ex).first().locator('.ex-happened')).toHaveText('Happened not checked: the run was stopped');
  await expect(ex).toHaveAttribute('data-exercise-state', 'unsolved');
});

for (const [theme, width] of [['light', 1280], ['dark', 1280], ['light', 390], ['dark', 390]] as const) {
  test(`an exercise with failing and passing rows has no WCAG 2.2 AA violations (${theme}, ${width} px)`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: theme, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(CH1);
    const ex = exercise(page);
    await ex.locator('[data-exercise-action="hint"]').click();
    await check(ex);
    await expect(ex.locator('[data-result="pass"]')).toHaveCount(1);
    await expect(ex.locator('[data-result="fail"]')).toHaveCount(2);
    expect(await wcagViolations(page, `[data-exercise="${ID}"]`)).toEqual([]);
    await context.close();
  });
}
