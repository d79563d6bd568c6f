import type { Strings } from './types';

/** The playground strings of the page's language, emitted once per page by the layout. */
export function readStrings(): Strings {
  const el = document.getElementById('pg-strings');
  return el ? JSON.parse(el.textContent || '{}') : {};
}
