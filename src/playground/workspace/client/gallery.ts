/**
 * The gallery panel: opened and closed from the bar (Escape closes it too, and gives the
 * focus back), filtered as the reader types. Choosing an example is following its link.
 */
import type { Strings } from '../../client/types';
import { fill } from '../../../i18n/fill';

/**
 * Whether an item's text has every word of the query (in any order, any case).
 * @example matchesQuery('chapter 5 a mutex', 'Mutex 5') // true
 */
export function matchesQuery(text: string, query: string): boolean {
  const haystack = text.toLowerCase();
  return query.toLowerCase().split(/\s+/).filter(Boolean).every((word) => haystack.includes(word));
}

export function initGallery(root: HTMLElement, s: Strings): void {
  const toggle = root.querySelector<HTMLButtonElement>('[data-gallery-toggle]')!;
  const panel = root.querySelector<HTMLElement>('[data-gallery]')!;
  const filter = panel.querySelector<HTMLInputElement>('[data-gallery-filter]')!;
  const count = panel.querySelector<HTMLElement>('[data-gallery-count]')!;
  const none = panel.querySelector<HTMLElement>('[data-gallery-none]')!;

  const open = (on: boolean) => {
    panel.hidden = !on;
    toggle.setAttribute('aria-expanded', String(on));
    if (!on) return toggle.focus();
    panel.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest' });
    filter.focus();
  };
  toggle.addEventListener('click', () => open(panel.hidden));
  panel.querySelector('[data-gallery-close]')!.addEventListener('click', () => open(false));
  panel.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    open(false);
  });

  const apply = () => {
    let shown = 0;
    for (const group of panel.querySelectorAll<HTMLElement>('[data-gallery-group]')) {
      let inGroup = 0;
      for (const li of group.querySelectorAll<HTMLElement>('li[data-search]')) {
        li.hidden = !matchesQuery(li.dataset.search!, filter.value);
        if (!li.hidden) inGroup++;
      }
      group.hidden = inGroup === 0;
      shown += inGroup;
    }
    none.hidden = shown > 0;
    count.textContent = fill(s['ws.count'], { count: shown, total: count.dataset.total! });
  };
  filter.addEventListener('input', apply);
}
