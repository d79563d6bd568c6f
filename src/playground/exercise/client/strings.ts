/** The exercises' UI strings of the page's language (keys without `ex.`), emitted once per page by Exercise.astro. */
export function exerciseStrings(): Record<string, string> {
  const el = document.getElementById('ex-strings');
  return el ? JSON.parse(el.textContent || '{}') : {};
}
