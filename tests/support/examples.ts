import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { exampleFile, goldenFile, parseExampleFile, type CodeLang } from '../../src/playground/build/example-files.ts';
import { DEFAULT_LANG, type Lang } from '../../src/utils/locale.ts';

export const EXAMPLES_DIR = resolve('content/examples');

/** Every file in the example folders, read: `<chapter>/<name>` ids with language, kind and code language. */
export function exampleFiles(): { id: string; lang: Lang; kind: 'source' | 'golden'; code: CodeLang; file: string }[] {
  return readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(EXAMPLES_DIR, d.name)).flatMap((file) => {
        const parsed = parseExampleFile(file);
        return parsed ? [{ id: `${d.name}/${parsed.name}`, lang: parsed.lang, kind: parsed.kind, code: parsed.code, file: `${d.name}/${file}` }] : [];
      }),
    );
}

const idsOf = (lang: Lang, kind: 'source' | 'golden' = 'source', code: CodeLang = 'ts') =>
  exampleFiles().filter((f) => f.lang === lang && f.kind === kind && f.code === code).map((f) => f.id).sort();

/** Every example id (`<chapter>/<name>`), sorted: the English files, twins not counted. */
export const exampleIds = (): string[] => idsOf(DEFAULT_LANG);

/** The ids that have a source file in `lang` (for a twin language, all of them should). */
export const twinIds = (lang: Lang): string[] => idsOf(lang);

/** The ids that have a golden output file in `lang`. */
export const goldenIds = (lang: Lang, code: CodeLang = 'ts'): string[] => idsOf(lang, 'golden', code);

/** The ids that have a Python twin in `lang`. */
export const pythonIds = (lang: Lang = DEFAULT_LANG): string[] => idsOf(lang, 'source', 'py');

export const examplePath = (id: string, lang: Lang = DEFAULT_LANG, code: CodeLang = 'ts') => join(EXAMPLES_DIR, exampleFile(id, lang, code));
export const goldenPath = (id: string, lang: Lang = DEFAULT_LANG, code: CodeLang = 'ts') => join(EXAMPLES_DIR, goldenFile(id, lang, code));
export const hasGolden = (id: string, lang: Lang = DEFAULT_LANG, code: CodeLang = 'ts') => existsSync(goldenPath(id, lang, code));

/** An example's source as a page embeds it (see loadExample): LF line ends, one final newline. */
export const exampleSource = (id: string, lang: Lang = DEFAULT_LANG, code: CodeLang = 'ts') =>
  readFileSync(examplePath(id, lang, code), 'utf8').replace(/\r\n/g, '\n').trimEnd() + '\n';

type Ran = { code: number | null; output: string };

function collect(cmd: string, args: string[], cwd?: string, env?: NodeJS.ProcessEnv): Promise<Ran> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.on('close', (code) => done({ code, output }));
  });
}

/** Runs an example (in `lang`) under this Node (24, which strips types), stdout and stderr interleaved. */
export const runInNode = (id: string, lang: Lang = DEFAULT_LANG): Promise<Ran> =>
  collect('sh', ['-c', `"${process.execPath}" --no-warnings "${examplePath(id, lang)}" 2>&1`]);

/** The oldest CPython whose output the Python goldens may record. */
export const MIN_PYTHON = [3, 11] as const;

/**
 * The CPython that records Python goldens (`PYTHON` or `python3`), or why there is none:
 * a message that says what to install.
 */
export function findPython(): { python: string } | { missing: string } {
  const python = process.env.PYTHON || 'python3';
  const r = spawnSync(python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' });
  const [major, minor] = (r.stdout ?? '').trim().split('.').map(Number);
  if (r.status === 0 && (major > MIN_PYTHON[0] || (major === MIN_PYTHON[0] && minor >= MIN_PYTHON[1]))) return { python };
  const found = r.status === 0 ? `${python} is Python ${r.stdout.trim()}` : `${python} was not found`;
  return { missing: `${found}; the Python goldens need CPython ≥ ${MIN_PYTHON.join('.')} (Debian: apt-get install python3, or set PYTHON)` };
}

/**
 * Runs a Python twin with CPython as a reader would (`python3 <name>.py` in its folder, so
 * tracebacks name the file as the page does), stdout and stderr interleaved and unbuffered.
 */
export function runInPython(python: string, id: string, lang: Lang = DEFAULT_LANG): Promise<Ran> {
  const path = examplePath(id, lang, 'py');
  return collect('sh', ['-c', `"${python}" -X utf8 "${basename(path)}" 2>&1`], dirname(path), { ...process.env, PYTHONUNBUFFERED: '1', PYTHONIOENCODING: 'utf-8' });
}
