/**
 * The address follows the tab and the language: each variant has its own workspace page, so
 * a reload or a share link opens the variant shown, in the language shown, with its code (the
 * controller keeps the hash in step while the reader types). The gallery marks the variant
 * shown as current.
 */
import type { PlaygroundController } from '../../client/controller';

export function followVariant(root: HTMLElement, controller: PlaygroundController): void {
  const { store } = controller;
  store.subscribe((e) => {
    if (e.type !== 'variant' && e.type !== 'language') return;
    const v = store.variants[store.current];
    history.replaceState(null, '', v.open + controller.codeHash());
    if (e.type !== 'variant') return;
    for (const a of root.querySelectorAll<HTMLElement>('[data-gallery] a[data-example]')) {
      if (a.dataset.example === v.id) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
  });
}
