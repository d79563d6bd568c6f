/**
 * Progress where the reader navigates: a mark on each solved exercise in the "On this
 * page" list, and "2/4" beside a chapter in the sidebar. Small: every page loads it.
 */
import { PROGRESS_EVENT, readProgress, solvedCount } from './progress';
import { fill } from '../../../i18n/fill';

/** Keeps `update` in step with the progress, in this tab and in others. */
function follow(update: () => void): void {
  update();
  document.addEventListener(PROGRESS_EVENT, update);
  addEventListener('storage', (e) => { if (!e.key || e.key.startsWith('ag-exercise:')) update(); });
}

/**
 * Marks the links of `toc` that lead to a solved exercise's heading (`data-solved`, and a
 * hidden word for screen readers: `solved`).
 */
export function markToc(toc: ParentNode, lang: string, word: string): void {
  const found: [HTMLAnchorElement, string, HTMLElement][] = [];
  for (const block of document.querySelectorAll<HTMLElement>('[data-exercise]')) {
    const id = block.querySelector('h2[id], h3[id], h4[id]')?.id;
    const link = id && toc.querySelector<HTMLAnchorElement>(`a[href="#${CSS.escape(id)}"]`);
    if (!link) continue;
    const label = Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: ` (${word})` });
    found.push([link, block.dataset.exercise!, label]);
  }
  if (!found.length) return;
  follow(() => {
    for (const [link, id, label] of found) {
      const solved = !!readProgress(lang, id).solved;
      link.toggleAttribute('data-solved', solved);
      if (solved) link.append(label);
      else label.remove();
    }
  });
}

/** Fills each chapter's counter (`[data-exercise-count]`: its exercises' ids) with "solved/total". */
export function markSidebar(root: ParentNode, lang: string, template: string): void {
  const counters = [...root.querySelectorAll<HTMLElement>('[data-exercise-count]')];
  if (!counters.length) return;
  follow(() => {
    for (const counter of counters) {
      const ids = counter.dataset.exerciseCount!.split(' ');
      const solved = solvedCount(lang, ids);
      const shown = Object.assign(document.createElement('span'), { textContent: `${solved}/${ids.length}` });
      shown.setAttribute('aria-hidden', 'true');
      const said = Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: fill(template, { solved, total: ids.length }) });
      counter.replaceChildren(shown, said);
      counter.toggleAttribute('data-done', solved === ids.length);
    }
  });
}
