/**
 * Where an exercise's files live (content/exercises/<chapter>/<name>/), and the checks
 * bundled into one module the sandbox can import. Node only: the build and the tests.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { instrument } from '../../trace/instrument';
import { DEFAULT_LANG, type Lang } from '../../../utils/locale';

export const EXERCISES_DIR = resolve('content/exercises');

/** The reader's two files and the reference solution, each with a twin per language. */
export type ExerciseFile = 'starter' | 'solution';

/**
 * An exercise file in `lang`, relative to content/exercises.
 * @example exerciseFile('01-x/take', 'starter', 'zh-cn') // '01-x/take/starter.zh-cn.ts'
 */
export const exerciseFile = (id: string, file: ExerciseFile | `wrong-${string}` | 'checks', lang: Lang = DEFAULT_LANG) =>
  `${id}/${file}${lang === DEFAULT_LANG ? '' : `.${lang}`}.ts`;

export function assertExerciseId(id: string): void {
  if (!/^[\w-]+\/[\w-]+$/.test(id)) throw new Error(`Bad exercise id "${id}": expected "<chapter>/<name>"`);
}

/** A file's text as a page embeds it: LF line ends, one final newline. */
export async function readExerciseFile(id: string, file: ExerciseFile, lang: Lang = DEFAULT_LANG): Promise<string> {
  assertExerciseId(id);
  return (await readFile(join(EXERCISES_DIR, exerciseFile(id, file, lang)), 'utf8')).replace(/\r\n/g, '\n').trimEnd() + '\n';
}

/** Every exercise id (`<chapter>/<name>`), sorted. */
export async function exerciseIds(): Promise<string[]> {
  const ids: string[] = [];
  for (const chapter of await readdir(EXERCISES_DIR, { withFileTypes: true })) {
    if (!chapter.isDirectory()) continue;
    for (const name of await readdir(join(EXERCISES_DIR, chapter.name), { withFileTypes: true })) {
      if (name.isDirectory()) ids.push(`${chapter.name}/${name.name}`);
    }
  }
  return ids.sort();
}

export interface ChecksBundle {
  /** To read the checks' names at build time. */
  plain: string;
  /** For the sandbox. */
  traced: string;
  /** The names of the checks' own async functions, as their trace calls them (see client/rows.ts). */
  tasks: string[];
}

const bundles = new Map<string, Promise<ChecksBundle>>();

/** The names instrumented code gives its tasks (`__ag.enter("name", …)`), sorted, once each. */
const taskNames = (traced: string) => [...new Set([...traced.matchAll(/__ag\.enter\(("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1]) as string))].sort();

/**
 * The exercise's checks.ts with the little it imports, as one ES module (its default export
 * the checks): `plain`, to read the checks' names at build time, and `traced`, instrumented
 * like the reader's code, for the sandbox: the fakes a check hands the reader's code (a
 * request, a resource) get lanes of their own in the timeline beside a failing row.
 */
export function bundleChecks(id: string): Promise<ChecksBundle> {
  assertExerciseId(id);
  let bundle = bundles.get(id);
  if (!bundle) {
    bundle = build({
      entryPoints: [join(EXERCISES_DIR, id, 'checks.ts')],
      outfile: 'checks.js',
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      sourcemap: 'external',
      write: false,
      legalComments: 'none',
    }).then((out) => {
      const text = (ext: string) => out.outputFiles.find((f) => f.path.endsWith(ext))!.text;
      const traced = instrument(text('.js'), text('.map'), 'checks.js').js;
      return { plain: text('.js'), traced, tasks: taskNames(traced) };
    });
    bundles.set(id, bundle);
  }
  return bundle;
}
