// Writes each example's expected output: `<name>.out` (and `<name>.<lang>.out` for each twin)
// by running the TypeScript under Node, and `<name>.py.out` (`<name>.<lang>.py.out`) by running
// the Python twin, where there is one, under CPython (content/examples/<chapter>/).
// `npm run golden [filter]` regenerates all or the matching ones, in every language;
// `--lang <lang>` limits it to one (`npm run golden -- chapter-3 --lang zh-cn`), and
// `--code ts|py` to one programming language.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { exampleIds, examplePath, findPython, goldenPath, pythonRunProblem, runInNode, runInPython } from '../tests/support/examples.ts';
import { keepEngineMarks, normalizeOutput } from '../tests/support/golden.ts';
import { LANGS } from '../src/utils/locale.ts';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
};
const onlyLang = option('--lang');
const onlyCode = option('--code');
const langs = onlyLang === undefined ? LANGS : LANGS.filter((l) => l === onlyLang);
if (langs.length === 0) throw new Error(`--lang must be one of ${LANGS.join(', ')}`);
const codes = onlyCode === undefined ? ['ts', 'py'] : ['ts', 'py'].filter((c) => c === onlyCode);
if (codes.length === 0) throw new Error('--code must be ts or py');
const filter = args[0] ?? '';
const ids = exampleIds().filter((id) => id.includes(filter));

let python;
if (codes.includes('py') && ids.some((id) => existsSync(examplePath(id, 'en', 'py')))) {
  const found = findPython();
  if ('missing' in found) {
    console.error(`✗ ${found.missing}`);
    process.exit(1);
  }
  python = found.python;
}

let failed = 0;
for (const id of ids) {
  for (const code of codes) {
    // Every example is TypeScript; a Python twin is optional, but then in every language.
    if (code === 'py' && !existsSync(examplePath(id, 'en', 'py'))) continue;
    for (const lang of langs) {
      const name = `${id}${code === 'py' ? '.py' : ''} (${lang})`;
      if (!existsSync(examplePath(id, lang, code))) {
        failed++;
        console.error(`✗ ${name}: no such file, ${examplePath(id, lang, code)}`);
        continue;
      }
      const { code: exit, output } = code === 'ts' ? await runInNode(id, lang) : await runInPython(python, id, lang);
      // A Python twin may end in an uncaught exception only on purpose (see PYTHON_UNCAUGHT_BY_DESIGN).
      const problem = code === 'ts' ? (exit === 0 ? undefined : `it exited with ${exit}`) : pythonRunProblem(id, exit, output);
      if (problem) {
        failed++;
        console.error(`✗ ${name}: ${problem}:\n${output}`);
        continue;
      }
      const path = goldenPath(id, lang, code);
      const previous = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
      writeFileSync(path, keepEngineMarks(previous, normalizeOutput(output)) + '\n');
      console.log(`✓ ${name}`);
    }
  }
}
process.exit(failed ? 1 : 0);
