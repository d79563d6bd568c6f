// Every playground on every page, in both languages: each variant runs in the browser
// and prints what it prints under Node (its golden file), elapsed times within tolerance.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { allPages, outputText, playgrounds, run, watchProblems } from './support';
import { diffOutput } from '../support/golden';
import { goldenPath } from '../support/examples';

test.describe.configure({ mode: 'parallel' });

for (const path of allPages().filter((p) => !p.endsWith('playground/'))) {
  test(`every playground on /${path} runs and matches its golden output`, async ({ page }) => {
    test.setTimeout(180_000);
    const watch = watchProblems(page);
    await page.goto(path);
    const count = await playgrounds(page).count();
    if (path.includes('chapters/')) expect(count, 'a chapter has live examples').toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const pg = playgrounds(page).nth(i);
      await pg.scrollIntoViewIfNeeded();
      const variants: { id: string }[] = JSON.parse((await pg.locator('.pg-data').textContent())!);
      for (let v = 0; v < variants.length; v++) {
        if (variants.length > 1) await pg.locator('[role="tab"]').nth(v).click();
        const id = variants[v].id;
        const golden = readFileSync(goldenPath(id), 'utf8');
        // Output must match exactly; a time off by machine load alone earns up to two more runs.
        let diff: string | undefined;
        for (let attempt = 0; attempt < 3; attempt++) {
          const state = await run(pg);
          const output = await outputText(pg);
          expect(state, `${id}:\n${output}`).toBe('done');
          diff = diffOutput(golden, output);
          if (!diff?.includes('too far')) break;
        }
        expect(diff, id).toBeUndefined();
        await expect(pg.locator('.pg-elapsed')).toBeVisible();
      }
    }
    watch.expectClean();
  });
}
