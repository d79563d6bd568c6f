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

/**
 * The Python twins that end in an uncaught exception on purpose, each with the reason:
 * CPython prints the traceback and exits 1, and the traceback is the lesson. Any other exit
 * of 1 is a twin that broke. A TypeScript example must always exit 0 (an uncaught error
 * there is a failed golden run), so no TypeScript twin can vouch for a crash: the list does.
 * Today every twin shows its errors by catching and printing them, as the TypeScript ones do.
 */
export const PYTHON_UNCAUGHT_BY_DESIGN: Readonly<Record<string, string>> = {};

/**
 * CPython's report of an uncaught exception, at the end of the output: frames (`  File "…"`,
 * after a `Traceback` header, or alone for a SyntaxError) and then the exception's own line.
 */
function endsWithTraceback(output: string): boolean {
  const lines = output.trimEnd().split('\n');
  const last = lines.at(-1) ?? '';
  return /^[A-Za-z_][\w.]*(?:: .*)?$/.test(last) && lines.some((line) => /^[ |+]*File "/.test(line));
}

/**
 * Why a Python twin's run cannot become its golden, or undefined when it can: it must exit
 * 0, or exit 1 with CPython's traceback at the very end when it is listed in
 * PYTHON_UNCAUGHT_BY_DESIGN (and then it must crash: a listed twin that exits 0 is stale).
 * @example pythonRunProblem('03-x/y', 1, 'Traceback (most recent call last):\n  File "y.py", line 1\nValueError: x') // '… exited with 1 …'
 */
export function pythonRunProblem(id: string, exit: number | null, output: string, allowed: Readonly<Record<string, string>> = PYTHON_UNCAUGHT_BY_DESIGN): string | undefined {
  const listed = id in allowed;
  if (exit === 0) return listed ? `it is listed in PYTHON_UNCAUGHT_BY_DESIGN but exited with 0: take it off the list` : undefined;
  if (exit === 1 && listed && endsWithTraceback(output)) return undefined;
  if (exit === 1 && listed) return 'it exited with 1, but its output does not end with a traceback';
  return `it exited with ${exit}${exit === 1 ? ' (an uncaught exception): catch and print the error, as the TypeScript example does, or add the twin to PYTHON_UNCAUGHT_BY_DESIGN with the reason' : ''}`;
}

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
 * Runs a Python twin with CPython as a reader would (`python3 <name>.py` in its folder),
 * stdout and stderr interleaved and unbuffered. CPython names the script by its absolute
 * path in tracebacks and warnings; the folder is cut from the output, so they name the file
 * alone (`File "<name>.py", line 3`) on every machine.
 * `-P` keeps the folder off `sys.path`: a twin named after a stdlib module (`home/concurrent.py`)
 * would otherwise be imported in its place (`asyncio` imports `concurrent.futures`).
 */
export async function runInPython(python: string, id: string, lang: Lang = DEFAULT_LANG): Promise<Ran> {
  const path = examplePath(id, lang, 'py');
  const ran = await collect('sh', ['-c', `"${python}" -X utf8 -P "${basename(path)}" 2>&1`], dirname(path), { ...process.env, PYTHONUNBUFFERED: '1', PYTHONIOENCODING: 'utf-8' });
  return { ...ran, output: ran.output.split(`${dirname(path)}/`).join('') };
}
