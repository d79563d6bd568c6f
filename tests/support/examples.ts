import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { exampleFile, goldenFile, parseExampleFile } from '../../src/playground/build/example-files.ts';
import { DEFAULT_LANG, type Lang } from '../../src/utils/locale.ts';

export const EXAMPLES_DIR = resolve('content/examples');

/** Every file in the example folders, read: `<chapter>/<name>` ids with language and kind. */
export function exampleFiles(): { id: string; lang: Lang; kind: 'source' | 'golden'; file: string }[] {
  return readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(EXAMPLES_DIR, d.name)).flatMap((file) => {
        const parsed = parseExampleFile(file);
        return parsed ? [{ id: `${d.name}/${parsed.name}`, lang: parsed.lang, kind: parsed.kind, file: `${d.name}/${file}` }] : [];
      }),
    );
}

const idsOf = (lang: Lang, kind: 'source' | 'golden' = 'source') =>
  exampleFiles().filter((f) => f.lang === lang && f.kind === kind).map((f) => f.id).sort();

/** Every example id (`<chapter>/<name>`), sorted: the English files, twins not counted. */
export const exampleIds = (): string[] => idsOf(DEFAULT_LANG);

/** The ids that have a source file in `lang` (for a twin language, all of them should). */
export const twinIds = (lang: Lang): string[] => idsOf(lang);

/** The ids that have a golden output file in `lang`. */
export const goldenIds = (lang: Lang): string[] => idsOf(lang, 'golden');

export const examplePath = (id: string, lang: Lang = DEFAULT_LANG) => join(EXAMPLES_DIR, exampleFile(id, lang));
export const goldenPath = (id: string, lang: Lang = DEFAULT_LANG) => join(EXAMPLES_DIR, goldenFile(id, lang));
export const hasGolden = (id: string, lang: Lang = DEFAULT_LANG) => existsSync(goldenPath(id, lang));

/** An example's source as a page embeds it (see loadExample): LF line ends, one final newline. */
export const exampleSource = (id: string, lang: Lang = DEFAULT_LANG) =>
  readFileSync(examplePath(id, lang), 'utf8').replace(/\r\n/g, '\n').trimEnd() + '\n';

/** Runs an example (in `lang`) under this Node (24, which strips types), stdout and stderr interleaved. */
export function runInNode(id: string, lang: Lang = DEFAULT_LANG): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn('sh', ['-c', `"${process.execPath}" --no-warnings "${examplePath(id, lang)}" 2>&1`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.on('close', (code) => done({ code, output }));
  });
}
