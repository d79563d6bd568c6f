// Writes each example's expected output by running it under Node: `<name>.out` for the
// English file and `<name>.<lang>.out` for each twin (content/examples/<chapter>/).
// `npm run golden [filter]` regenerates all or the matching ones, in every language.
import { existsSync, writeFileSync } from 'node:fs';
import { exampleIds, examplePath, goldenPath, runInNode } from '../tests/support/examples.ts';
import { normalizeOutput } from '../tests/support/golden.ts';
import { LANGS } from '../src/utils/locale.ts';

const filter = process.argv[2] ?? '';
let failed = 0;
for (const id of exampleIds().filter((id) => id.includes(filter))) {
  for (const lang of LANGS) {
    const name = `${id} (${lang})`;
    if (!existsSync(examplePath(id, lang))) {
      failed++;
      console.error(`✗ ${name}: no such file, ${examplePath(id, lang)}`);
      continue;
    }
    const { code, output } = await runInNode(id, lang);
    if (code !== 0) {
      failed++;
      console.error(`✗ ${name} exited with ${code}:\n${output}`);
      continue;
    }
    writeFileSync(goldenPath(id, lang), normalizeOutput(output) + '\n');
    console.log(`✓ ${name}`);
  }
}
process.exit(failed ? 1 : 0);
