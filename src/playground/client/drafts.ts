/**
 * Drafts: the reader's code per example and language, kept in this browser and brought
 * back on the next visit, on a chapter page and in the workspace alike (Reset brings back
 * the original, and forgets the draft). A share link's code is the link's, not a draft,
 * until the reader edits it.
 */
import { CODE_LANGUAGES as LANGUAGES, type CodeLanguage } from '../protocol';
import type { PlaygroundStore } from './store';
import { local, readItem, writeItem } from './storage';

const SAVE_DELAY_MS = 300;

/**
 * The storage key of an example's draft: per page language, since each has its own original,
 * and per programming language (a Python twin's draft is `<id>.py`).
 */
export const draftKey = (lang: string, id: string, code: CodeLanguage = 'ts') => `ag-playground:draft:${lang}:${id}${code === 'py' ? '.py' : ''}`;

/** The reader's draft of example `id` in `lang`, if there is one. */
export const readDraft = (lang: string, id: string, code: CodeLanguage = 'ts'): string | null => readItem(local, draftKey(lang, id, code));

/** Whether any of these examples has a draft, in either language (cheap: the page asks before it loads the playground). */
export const hasDraft = (lang: string, ids: readonly string[]) => ids.some((id) => LANGUAGES.some((code) => readDraft(lang, id, code) !== null));

/**
 * Restores the drafts of the store's variants in both languages (but variant `except` in the
 * language shown, whose code came from a link); returns whether any was restored. From then
 * on keeps them as the reader edits.
 */
export function keepDrafts(store: PlaygroundStore, lang: string, except?: number): boolean {
  let restored = false;
  for (const code of LANGUAGES) {
    store.variants.forEach((v, i) => {
      if (i === except && code === store.language) return;
      const draft = readDraft(lang, v.id, code);
      if (draft === null || draft === store.codeOf(i, code)) return;
      store.setCode(i, draft, false, code);
      restored = true;
    });
  }

  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const save = (key: string) => {
    clearTimeout(pending.get(key));
    pending.delete(key);
    const [code, i] = [key.slice(0, 2) as CodeLanguage, Number(key.slice(3))];
    writeItem(local, draftKey(lang, store.variants[i].id, code), store.isEdited(i, code) ? store.codeOf(i, code)! : null);
  };
  store.subscribe((e) => {
    // A link's code is the link's, not a draft, until the reader edits it.
    if (e.type !== 'code' || e.fromLink) return;
    const key = `${e.language}:${e.variant}`;
    clearTimeout(pending.get(key));
    pending.set(key, setTimeout(() => save(key), SAVE_DELAY_MS));
  });
  addEventListener('pagehide', () => [...pending.keys()].forEach(save));
  return restored;
}
