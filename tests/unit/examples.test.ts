import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exampleIds, goldenPath, hasGolden, runInNode, EXAMPLES_DIR } from '../support/examples';
import { diffOutput } from '../support/golden';

const ids = exampleIds();
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
const pages = ['content/chapters', 'content/pages', 'src/pages']
  .flatMap(walk)
  .filter((f) => /\.(mdx|astro)$/.test(f))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe('examples', () => {
  test('there are examples', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  test.each(ids)('%s has a golden output file', (id) => {
    expect(hasGolden(id), `run: npm run golden ${id}`).toBe(true);
  });

  test('every golden file belongs to an example', () => {
    const outs = readdirSync(EXAMPLES_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.out'));
    const orphans = outs.map((f) => f.replace(/\\/g, '/').slice(0, -4)).filter((id) => !ids.includes(id));
    expect(orphans).toEqual([]);
  });

  test.each(ids)('%s is shown on a page', (id) => {
    expect(pages.includes(`"${id}"`) || pages.includes(`'${id}'`), `${id} is not used by any page`).toBe(true);
  });

  test.concurrent.each(ids)('%s prints its golden output under Node', async (id) => {
    const { code, output } = await runInNode(id);
    expect(code, output).toBe(0);
    expect(diffOutput(readFileSync(goldenPath(id), 'utf8'), output)).toBeUndefined();
  });
});
