import { type Lang, DEFAULT_LANG } from './locale';

/**
 * Joins the deployment base, the language prefix and a path inside the language.
 * @example localUrl('/guide/', 'zh-cn', 'chapters/01-x/') // '/guide/zh-cn/chapters/01-x/'
 */
export function localUrl(base: string, lang: Lang, path = ''): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const prefix = lang === DEFAULT_LANG ? '' : `${lang}/`;
  return `${root}${prefix}${path.replace(/^\/+/, '')}`;
}

/** Removes the deployment base from a pathname, leaving a site-relative path. */
export function stripBase(base: string, pathname: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '');
}

/** A URL for the site's own files (not per language). */
export function assetUrl(base: string, path: string): string {
  return localUrl(base, DEFAULT_LANG, path);
}
