import en from './en.json';
import zhCn from './zh-cn.json';
import type { Lang } from '../utils/locale';
import { fill } from './fill';

export type UiKey = keyof typeof en;
export type UiStrings = Record<UiKey, string>;

/** Every language's UI strings. English is the reference: a test checks the others have every key. */
export const strings: Record<Lang, UiStrings> = { en, 'zh-cn': zhCn };

export { fill };

/** A translator for one language: `t('nav.chapterN', { n: 2 })`. */
export function useTranslations(lang: Lang) {
  const table = strings[lang];
  return (key: UiKey, vars?: Record<string, string | number>) => fill(table[key], vars);
}
