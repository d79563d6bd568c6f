/** Headings that count as sections: h2 and h3 with an id inside the article. */
export function sectionHeadings(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('#content :is(h2, h3)[id]')];
}

/**
 * The section being read: the last heading that has scrolled past the top band of the
 * viewport (or the hash target, when the reader just followed a link to it).
 */
export function currentSectionSlug(headings = sectionHeadings(), offset = 120): string | undefined {
  // At the very bottom the last sections can never reach the top: the last one is being read.
  const atBottom = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
  if (atBottom && scrollY > 0 && headings.length) return headings[headings.length - 1].id;
  let current: string | undefined;
  for (const h of headings) {
    if (h.getBoundingClientRect().top - offset <= 0) current = h.id;
    else break;
  }
  return current;
}
