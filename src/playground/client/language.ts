/**
 * The language the reader reads the examples in: TypeScript, or their Python twins. One
 * choice for the site, kept in this browser: every playground with twins shows it, the ones
 * still asleep included (what each shows is CSS on the root's `data-language`).
 */
import type { CodeLanguage } from '../protocol';
import { local, readItem, writeItem } from './storage';

const KEY = 'ag-playground:language';
/** Tells every playground on the page that the reader chose a language. */
export const LANGUAGE_EVENT = 'ag-language';

export const chosenLanguage = (): CodeLanguage => (readItem(local, KEY) === 'py' ? 'py' : 'ts');

/** Shows `language` on a playground that has twins (a root without `data-language` has none). */
export function showLanguage(root: HTMLElement, language: CodeLanguage): void {
  if (!root.hasAttribute('data-language')) return;
  root.dataset.language = language;
  for (const button of root.querySelectorAll<HTMLElement>('[data-language-choice]')) {
    button.setAttribute('aria-pressed', String(button.dataset.languageChoice === language));
  }
}

export function chooseLanguage(language: CodeLanguage): void {
  writeItem(local, KEY, language === 'py' ? language : null);
  document.dispatchEvent(new CustomEvent<CodeLanguage>(LANGUAGE_EVENT, { detail: language }));
}
