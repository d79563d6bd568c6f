// Writes each example's expected output (content/examples/<chapter>/<name>.out) by
// running it under Node. `npm run golden [filter]` regenerates all or the matching ones.
import { writeFileSync } from 'node:fs';
import { exampleIds, goldenPath, runInNode } from '../tests/support/examples.ts';
import { normalizeOutput } from '../tests/support/golden.ts';

const filter = process.argv[2] ?? '';
let failed = 0;
for (const id of exampleIds().filter((id) => id.includes(filter))) {
  const { code, output } = await runInNode(id);
  if (code !== 0) {
    failed++;
    console.error(`✗ ${id} exited with ${code}:\n${output}`);
    continue;
  }
  writeFileSync(goldenPath(id), normalizeOutput(output) + '\n');
  console.log(`✓ ${id}`);
}
process.exit(failed ? 1 : 0);
