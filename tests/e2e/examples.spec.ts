// Every playground on every page, in both languages: each variant runs in the browser
// and prints what it prints under Node (its golden file), elapsed times within tolerance.
// A Chinese page shows the example's Chinese twin: its code (no English comments or
// strings) and its own golden output, with no English phrase in what it prints.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { allPages, outputText, playgrounds, run, watchProblems } from './support';
import { diffOutput } from '../support/golden';
import { exampleSource, goldenPath } from '../support/examples';
import { englishPhrases } from '../support/english';
import { proseOf } from '../support/twins';
import { splitLang } from '../../src/utils/locale';

test.describe.configure({ mode: 'parallel' });

for (const path of allPages().filter((p) => !p.endsWith('playground/'))) {
  const { lang } = splitLang(path);
  test(`every playground on /${path} runs and matches its golden output`, async ({ page }) => {
    test.setTimeout(180_000);
    const watch = watchProblems(page);
    await page.goto(path);
    const count = await playgrounds(page).count();
    if (path.includes('chapters/')) expect(count, 'a chapter has live examples').toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const pg = playgrounds(page).nth(i);
      await pg.scrollIntoViewIfNeeded();
      const variants: { id: string; source: string }[] = JSON.parse((await pg.locator('.pg-data').textContent())!);
      for (let v = 0; v < variants.length; v++) {
        if (variants.length > 1) await pg.locator('[role="tab"]').nth(v).click();
        const { id, source } = variants[v];
        // The page shows the file of its own language.
        expect(source, `${id} on /${path}`).toBe(exampleSource(id, lang));
        if (lang !== 'en') {
          const { comments, strings } = proseOf(source);
          expect([...comments, ...strings].flatMap((text) => englishPhrases(text)), `English in the code of ${id}`).toEqual([]);
        }
        const golden = readFileSync(goldenPath(id, lang), 'utf8');
        // Output must match exactly; a time off by machine load alone earns up to two more runs.
        let diff: string | undefined;
        let output = '';
        for (let attempt = 0; attempt < 3; attempt++) {
          const state = await run(pg);
          output = await outputText(pg);
          expect(state, `${id}:\n${output}`).toBe('done');
          diff = diffOutput(golden, output);
          if (!diff?.includes('too far')) break;
        }
        expect(diff, id).toBeUndefined();
        if (lang !== 'en') expect(output.split('\n').flatMap((line) => englishPhrases(line)), `English printed by ${id}`).toEqual([]);
        await expect(pg.locator('.pg-elapsed')).toBeVisible();
      }
    }
    watch.expectClean();
  });
}
