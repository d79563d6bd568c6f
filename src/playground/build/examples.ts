import { readFile } from 'node:fs/promises';
import { resolve, basename } from 'node:path';
import { transform } from 'esbuild';
import { createHighlighter, type Highlighter } from 'shiki';
import { shikiThemes } from './themes.mjs';

/** An example as the page embeds it: source to show and edit, JavaScript to run at once. */
export interface CompiledExample {
  /** `<chapter>/<name>`, the path under content/examples without `.ts`. */
  id: string;
  filename: string;
  source: string;
  js: string;
  map: string;
  /** The source highlighted by Shiki in both themes. */
  html: string;
}

export const EXAMPLES_DIR = resolve('content/examples');

let highlighter: Promise<Highlighter> | undefined;
const getHighlighter = () =>
  (highlighter ??= createHighlighter({ themes: Object.values(shikiThemes), langs: ['typescript'] }));

/** TypeScript → JavaScript at build time, so the first Run needs no compiler in the browser. */
export async function compileExample(source: string, filename: string): Promise<{ js: string; map: string }> {
  const out = await transform(source, {
    loader: 'ts',
    format: 'esm',
    target: 'es2022',
    sourcemap: 'external',
    sourcefile: filename,
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, verbatimModuleSyntax: true } },
  });
  return { js: out.code, map: out.map };
}

export async function highlight(source: string): Promise<string> {
  const h = await getHighlighter();
  return h.codeToHtml(source, {
    lang: 'typescript',
    themes: shikiThemes,
    defaultColor: false,
    transformers: [{ pre(node) { this.addClassToHast(node, 'astro-code'); node.properties.tabindex = '0'; } }],
  });
}

export async function loadExample(id: string): Promise<CompiledExample> {
  if (!/^[\w-]+\/[\w-]+$/.test(id)) throw new Error(`Bad example id "${id}": expected "<chapter>/<name>"`);
  const file = resolve(EXAMPLES_DIR, `${id}.ts`);
  const source = (await readFile(file, 'utf8')).replace(/\r\n/g, '\n').trimEnd() + '\n';
  const filename = basename(file);
  const [{ js, map }, html] = await Promise.all([compileExample(source, filename), highlight(source)]);
  return { id, filename, source, js, map, html };
}
