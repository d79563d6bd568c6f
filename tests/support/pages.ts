import { readdirSync } from 'node:fs';
import { LANGS, type Lang } from '../../src/utils/locale';

/** The chapters' slugs (their file names), in order. */
export const chapterSlugs = readdirSync('content/chapters/en')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.slice(0, -4))
  .sort();

/** Every page of one language, as paths relative to the site root (no leading slash). */
export function sitePages(lang: Lang): string[] {
  const prefix = lang === 'en' ? '' : 'zh-cn/';
  return ['', ...chapterSlugs.map((s) => `chapters/${s}/`), 'cheat-sheet/', 'playground/'].map((p) => prefix + p);
}

export const allPages = () => LANGS.flatMap(sitePages);

/** The examples' playgrounds (an exercise's, which runs its starter, is tested in exercises.spec.ts). */
export const EXAMPLE_PLAYGROUND = '[data-playground]:not([data-exercise] *)';
