/** The site's languages: English at the root, Simplified Chinese under `/zh-cn/`. */
export const LANGS = ['en', 'zh-cn'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** The `[...lang]` route parameter for a language: `undefined` puts it at the root. */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** `getStaticPaths` entries for every language, with `lang` passed as a prop. */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** The value for `<html lang>` (BCP 47), e.g. `zh-CN`. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh-cn' ? 'zh-CN' : 'en';
}

export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh-cn' : 'en';
}

/**
 * Splits a site-relative path (no base) into its language and the path inside it.
 * @example splitLang('zh-cn/chapters/01-x/') // { lang: 'zh-cn', rest: 'chapters/01-x/' }
 */
export function splitLang(path: string): { lang: Lang; rest: string } {
  const clean = path.replace(/^\/+/, '');
  for (const lang of LANGS) {
    if (lang !== DEFAULT_LANG && (clean === lang || clean.startsWith(`${lang}/`))) {
      return { lang, rest: clean.slice(lang.length).replace(/^\/+/, '') };
    }
  }
  return { lang: DEFAULT_LANG, rest: clean };
}
