// Writes each example's expected output by running it under Node: `<name>.out` for the
// English file and `<name>.<lang>.out` for each twin (content/examples/<chapter>/).
// `npm run golden [filter]` regenerates all or the matching ones, in every language;
// `--lang <lang>` limits it to one (`npm run golden -- chapter-3 --lang zh-cn`).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { exampleIds, examplePath, goldenPath, runInNode } from '../tests/support/examples.ts';
import { keepEngineMarks, normalizeOutput } from '../tests/support/golden.ts';
import { LANGS } from '../src/utils/locale.ts';

const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const langs = langAt === -1 ? LANGS : LANGS.filter((l) => l === args[langAt + 1]);
if (langs.length === 0) throw new Error(`--lang must be one of ${LANGS.join(', ')}`);
const filter = args.filter((_, i) => langAt === -1 || (i !== langAt && i !== langAt + 1))[0] ?? '';
let failed = 0;
for (const id of exampleIds().filter((id) => id.includes(filter))) {
  for (const lang of langs) {
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
    const path = goldenPath(id, lang);
    const previous = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    writeFileSync(path, keepEngineMarks(previous, normalizeOutput(output)) + '\n');
    console.log(`✓ ${name}`);
  }
}
process.exit(failed ? 1 : 0);
