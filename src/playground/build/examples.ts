import { access, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { transform, type TransformOptions } from 'esbuild';
import { createHighlighter, type Highlighter } from 'shiki';
import { shikiThemes } from './themes.mjs';
import { instrument } from '../trace/instrument';
import { displayName, exampleFile } from './example-files';
import { DEFAULT_LANG, type Lang } from '../../utils/locale';
import type { UsingDeclarations } from '../protocol';

/** An example as the page embeds it: source to show and edit, JavaScript to run at once. */
export interface CompiledExample {
  /** `<chapter>/<name>`, the path under content/examples without `.ts`. */
  id: string;
  filename: string;
  source: string;
  js: string;
  map: string;
  /** Set when the code has `using` declarations (kept as syntax, see `compileExample`). */
  using?: UsingDeclarations;
  /** The source highlighted by Shiki in both themes. */
  html: string;
}

export const EXAMPLES_DIR = resolve('content/examples');

let highlighter: Promise<Highlighter> | undefined;
const getHighlighter = () =>
  (highlighter ??= createHighlighter({ themes: Object.values(shikiThemes), langs: ['typescript', 'python'] }));

const compileOptions = (filename: string): TransformOptions => ({
  loader: 'ts',
  format: 'esm',
  target: 'es2022',
  sourcemap: 'external',
  sourcefile: filename,
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, verbatimModuleSyntax: true } },
});

/**
 * TypeScript → JavaScript at build time, so the first Run needs no compiler in the browser.
 * `using` declarations stay as they are: lowered, they gain helper frames in stacks and
 * a SuppressedError message that is not the engine's.
 */
export async function compileExample(source: string, filename: string): Promise<{ js: string; map: string; using?: UsingDeclarations }> {
  const options = compileOptions(filename);
  const out = await transform(source, { ...options, supported: { using: true } });
  // esbuild reports no syntax features, but lowering changes the output exactly when
  // the code has a `using` declaration; the run checks the engine can take it.
  const lowered = await transform(source, options);
  return { js: out.code, map: out.map, ...(lowered.code !== out.code && { using: 'native' as const }) };
}

export async function highlight(source: string, lang: 'typescript' | 'python' = 'typescript'): Promise<string> {
  const h = await getHighlighter();
  return h.codeToHtml(source, {
    lang,
    themes: shikiThemes,
    defaultColor: false,
    transformers: [{ pre(node) { this.addClassToHast(node, 'astro-code'); node.properties.tabindex = '0'; } }],
  });
}

/** Example `id` as a page in `lang` shows it: that language's twin, under the English file name. */
export async function loadExample(id: string, lang: Lang = DEFAULT_LANG): Promise<CompiledExample> {
  if (!/^[\w-]+\/[\w-]+$/.test(id)) throw new Error(`Bad example id "${id}": expected "<chapter>/<name>"`);
  const source = await readSource(exampleFile(id, lang));
  // Stacks and the editor name the file `<name>.ts` in every language: the twin is an authoring detail.
  return prepareSource(id, source, displayName(id));
}

/** Source as a playground embeds it: compiled, instrumented for the timeline, highlighted. */
export async function prepareSource(id: string, source: string, filename: string): Promise<CompiledExample> {
  const [compiled, html] = await Promise.all([compileExample(source, filename), highlight(source)]);
  // The playground runs the traced build, so the timeline needs no parser in the browser.
  return { id, filename, source, ...compiled, ...instrument(compiled.js, compiled.map, filename), html };
}

/** An example's Python twin as a page in `lang` shows it, highlighted; `undefined` when it has none. */
export interface PythonTwin {
  source: string;
  /** `<name>.py` in every language, as tracebacks name it. */
  filename: string;
  html: string;
}

export async function loadTwin(id: string, lang: Lang = DEFAULT_LANG): Promise<PythonTwin | undefined> {
  const file = exampleFile(id, lang, 'py');
  try {
    await access(resolve(EXAMPLES_DIR, file));
  } catch {
    return undefined;
  }
  const source = await readSource(file);
  return { source, filename: displayName(id, 'py'), html: await highlight(source, 'python') };
}

async function readSource(file: string): Promise<string> {
  return (await readFile(resolve(EXAMPLES_DIR, file), 'utf8')).replace(/\r\n/g, '\n').trimEnd() + '\n';
}
