/**
 * Variant tabs that do not fit scroll sideways; on a phone nothing said so, and the third
 * tab was simply cut off. This marks the tab list with `data-more-start` / `data-more-end`
 * while tabs lie beyond an edge (playground.css fades that edge), and keeps the selected
 * tab scrolled into view. Loaded with the page (client/element.ts), so it works before the
 * playground wakes.
 */

/** Room left beside a tab scrolled into view, so the fade does not cover it. */
const MARGIN = 40;

export function watchTabOverflow(root: HTMLElement): void {
  const tabs = root.querySelector<HTMLElement>('.pg-tabs');
  if (!tabs) return;
  const update = () => {
    const max = tabs.scrollWidth - tabs.clientWidth;
    tabs.toggleAttribute('data-more-start', tabs.scrollLeft > 1);
    tabs.toggleAttribute('data-more-end', tabs.scrollLeft < max - 1);
  };
  const reveal = () => {
    const tab = tabs.querySelector<HTMLElement>('[aria-selected="true"]');
    if (!tab || tabs.scrollWidth <= tabs.clientWidth) return;
    const box = tabs.getBoundingClientRect();
    const at = tab.getBoundingClientRect();
    // Only the tab list scrolls (scrollIntoView would scroll the page as well).
    if (at.left < box.left) tabs.scrollLeft -= box.left - at.left + MARGIN;
    else if (at.right > box.right) tabs.scrollLeft += at.right - box.right + MARGIN;
  };
  tabs.addEventListener('scroll', update, { passive: true });
  new ResizeObserver(() => {
    reveal();
    update();
  }).observe(tabs);
  new MutationObserver(() => {
    reveal();
    update();
  }).observe(tabs, { subtree: true, attributeFilter: ['aria-selected'] });
}
