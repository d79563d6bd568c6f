/**
 * Drafts: the reader's code per example, kept in this browser and brought back on the
 * next visit (Reset brings back the original, and forgets the draft). A share link's code
 * wins over the draft of the example it opens, and is kept only once the reader edits it.
 */
import type { PlaygroundStore } from '../../client/store';
import { decodeShareHash, encodeShareHash } from '../../share';
import { local, readItem, writeItem } from './storage';

const SAVE_DELAY_MS = 300;

/** The storage key of an example's draft: per language, since each language has its own original. */
export const draftKey = (lang: string, id: string) => `ag-playground:draft:${lang}:${id}`;

/** Restores the drafts of the store's variants; returns whether any was restored. Then keeps them. */
export function keepDrafts(store: PlaygroundStore, lang: string): boolean {
  const fromLink = typeof decodeShareHash(location.hash) === 'string';
  let restored = false;
  store.variants.forEach((v, i) => {
    if (fromLink && i === store.current) return;
    const draft = readItem(local, draftKey(lang, v.id));
    if (draft === null || draft === store.code[i]) return;
    store.setCode(i, draft);
    restored = true;
  });
  // The address carries the code shown, as it does while the reader types.
  if (!fromLink && store.isEdited()) history.replaceState(null, '', encodeShareHash(store.code[store.current]));

  const pending = new Map<number, ReturnType<typeof setTimeout>>();
  const save = (i: number) => {
    clearTimeout(pending.get(i));
    pending.delete(i);
    writeItem(local, draftKey(lang, store.variants[i].id), store.isEdited(i) ? store.code[i] : null);
  };
  store.subscribe((e) => {
    // A link's code is the link's, not a draft, until the reader edits it.
    if (e.type !== 'code' || e.fromLink) return;
    clearTimeout(pending.get(e.variant));
    pending.set(e.variant, setTimeout(() => save(e.variant), SAVE_DELAY_MS));
  });
  addEventListener('pagehide', () => [...pending.keys()].forEach(save));
  return restored;
}
