/**
 * The address follows the tab: each variant has its own workspace page, so a reload or a
 * share link opens the variant shown, with its code (the controller keeps the hash in
 * step while the reader types). The gallery marks the variant shown as current.
 */
import type { PlaygroundStore } from '../../client/store';
import { encodeShareHash } from '../../share';

export function followVariant(root: HTMLElement, store: PlaygroundStore): void {
  store.subscribe((e) => {
    if (e.type !== 'variant') return;
    const v = store.variants[e.current];
    history.replaceState(null, '', v.open + (store.isEdited() ? encodeShareHash(store.code[e.current]) : ''));
    for (const a of root.querySelectorAll<HTMLElement>('[data-gallery] a[data-example]')) {
      if (a.dataset.example === v.id) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
  });
}
