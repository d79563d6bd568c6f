/**
 * Where an example's files live, per language. The English example is `<name>.ts`; its
 * twin for another language sits beside it as `<name>.<lang>.ts` (same code, comments and
 * strings in that language), and each has its own golden output (`.out`, `.<lang>.out`).
 * Pure naming, shared by the build, the golden script and the tests.
 */
import { DEFAULT_LANG, LANGS, type Lang } from '../../utils/locale.ts'; // the extension lets Node run it unbundled (npm run golden)

/** The languages that have twins, i.e. every language but the default one. */
export const TWIN_LANGS: readonly Lang[] = LANGS.filter((l) => l !== DEFAULT_LANG);

const suffix = (lang: Lang) => (lang === DEFAULT_LANG ? '' : `.${lang}`);

/**
 * The source file of example `id` in `lang`, relative to content/examples.
 * @example exampleFile('home/welcome', 'zh-cn') // 'home/welcome.zh-cn.ts'
 */
export const exampleFile = (id: string, lang: Lang = DEFAULT_LANG) => `${id}${suffix(lang)}.ts`;

/**
 * The golden output file of example `id` in `lang`, relative to content/examples.
 * @example goldenFile('home/welcome', 'zh-cn') // 'home/welcome.zh-cn.out'
 */
export const goldenFile = (id: string, lang: Lang = DEFAULT_LANG) => `${id}${suffix(lang)}.out`;

/** What a file name in an example folder stands for. */
export interface ExampleFileName {
  /** The example's name, the last part of its id. */
  name: string;
  lang: Lang;
  kind: 'source' | 'golden';
}

/**
 * Reads a file name in an example folder (`undefined`: not an example file).
 * @example parseExampleFile('welcome.zh-cn.out') // { name: 'welcome', lang: 'zh-cn', kind: 'golden' }
 */
export function parseExampleFile(file: string): ExampleFileName | undefined {
  const m = /^([\w-]+?)(?:\.([\w-]+))?\.(ts|out)$/.exec(file);
  const lang = m && (m[2] === undefined ? DEFAULT_LANG : TWIN_LANGS.find((l) => l === m[2]));
  if (!m || !lang) return undefined;
  return { name: m[1], lang, kind: m[3] === 'ts' ? 'source' : 'golden' };
}

/**
 * The name the reader sees (in stacks, the editor), the same for every language.
 * @example displayName('home/welcome') // 'welcome.ts'
 */
export const displayName = (id: string) => `${id.slice(id.lastIndexOf('/') + 1)}.ts`;
