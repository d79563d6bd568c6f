/**
 * Where an example's files live, per language. The English example is `<name>.ts`; its
 * twin for another language sits beside it as `<name>.<lang>.ts` (same code, comments and
 * strings in that language), and each has its own golden output (`.out`, `.<lang>.out`).
 * Pure naming, shared by the build, the golden script and the tests.
 */
import { DEFAULT_LANG, LANGS, type Lang } from '../../utils/locale.ts'; // the extension lets Node run it unbundled (npm run golden)

/** The languages that have twins, i.e. every language but the default one. */
export const TWIN_LANGS: readonly Lang[] = LANGS.filter((l) => l !== DEFAULT_LANG);

/**
 * The programming language of an example file: every example is TypeScript, and some have
 * a Python twin (`<name>.py`, asyncio), whose golden output CPython records.
 */
export type CodeLang = 'ts' | 'py';
export const CODE_LANGS: readonly CodeLang[] = ['ts', 'py'];

const suffix = (lang: Lang) => (lang === DEFAULT_LANG ? '' : `.${lang}`);

/**
 * The source file of example `id` in `lang`, relative to content/examples.
 * @example exampleFile('home/welcome', 'zh-cn') // 'home/welcome.zh-cn.ts'
 * @example exampleFile('home/welcome', 'en', 'py') // 'home/welcome.py'
 */
export const exampleFile = (id: string, lang: Lang = DEFAULT_LANG, code: CodeLang = 'ts') => `${id}${suffix(lang)}.${code}`;

/**
 * The golden output file of example `id` in `lang`, relative to content/examples.
 * @example goldenFile('home/welcome', 'zh-cn') // 'home/welcome.zh-cn.out'
 * @example goldenFile('home/welcome', 'zh-cn', 'py') // 'home/welcome.zh-cn.py.out'
 */
export const goldenFile = (id: string, lang: Lang = DEFAULT_LANG, code: CodeLang = 'ts') =>
  `${id}${suffix(lang)}${code === 'ts' ? '' : `.${code}`}.out`;

/** What a file name in an example folder stands for. */
export interface ExampleFileName {
  /** The example's name, the last part of its id. */
  name: string;
  lang: Lang;
  kind: 'source' | 'golden';
  code: CodeLang;
}

/**
 * Reads a file name in an example folder (`undefined`: not an example file).
 * @example parseExampleFile('welcome.zh-cn.out') // { name: 'welcome', lang: 'zh-cn', kind: 'golden', code: 'ts' }
 * @example parseExampleFile('welcome.py.out') // { name: 'welcome', lang: 'en', kind: 'golden', code: 'py' }
 */
export function parseExampleFile(file: string): ExampleFileName | undefined {
  const m = /^([\w-]+?)(?:\.([a-z]{2}-[a-z]{2}))?(?:\.(ts|py)|(?:\.(py))?\.out)$/.exec(file);
  const lang = m && (m[2] === undefined ? DEFAULT_LANG : TWIN_LANGS.find((l) => l === m[2]));
  if (!m || !lang) return undefined;
  const code: CodeLang = m[3] === 'py' || m[4] === 'py' ? 'py' : 'ts';
  return { name: m[1], lang, kind: m[3] ? 'source' : 'golden', code };
}

/**
 * The name the reader sees (in stacks, the editor), the same for every language.
 * @example displayName('home/welcome') // 'welcome.ts'
 */
export const displayName = (id: string, code: CodeLang = 'ts') => `${id.slice(id.lastIndexOf('/') + 1)}.${code}`;
