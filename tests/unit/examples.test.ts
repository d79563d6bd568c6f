import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exampleFiles, exampleIds, goldenPath, hasGolden, runInNode } from '../support/examples';
import { diffOutput } from '../support/golden';
import { LANGS } from '../../src/utils/locale';

const ids = exampleIds();
// Every example in every language: the English file and each of its twins.
const runs = ids.flatMap((id) => LANGS.map((lang) => [id, lang] as const));
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
// Pages show examples; so do the home page's teaser list and the workspace's default example.
const pages = [
  ...['content/chapters', 'content/pages', 'src/pages'].flatMap(walk).filter((f) => /\.(mdx|astro)$/.test(f)),
  'src/playground/build/home-teaser.ts',
  'src/playground/workspace/paths.ts',
]
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe('examples', () => {
  test('there are examples', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  test.each(runs)('%s (%s) has a golden output file', (id, lang) => {
    expect(hasGolden(id, lang), `run: npm run golden ${id}`).toBe(true);
  });

  test('every golden file belongs to an example in its language', () => {
    const files = exampleFiles();
    const sources = new Set(files.filter((f) => f.kind === 'source').map((f) => `${f.id} ${f.lang} ${f.code}`));
    const orphans = files.filter((f) => f.kind === 'golden' && !sources.has(`${f.id} ${f.lang} ${f.code}`)).map((f) => f.file);
    expect(orphans).toEqual([]);
  });

  test.each(ids)('%s is shown on a page', (id) => {
    expect(pages.includes(`"${id}"`) || pages.includes(`'${id}'`), `${id} is not used by any page`).toBe(true);
  });

  test.concurrent.each(runs)('%s (%s) prints its golden output under Node', async (id, lang) => {
    const { code, output } = await runInNode(id, lang);
    expect(code, output).toBe(0);
    expect(diffOutput(readFileSync(goldenPath(id, lang), 'utf8'), output)).toBeUndefined();
  });
});
