/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The headings the "On this page" list shows: h2 and h3 only. */
export function tocHeadings(headings: Heading[]): Heading[] {
  return headings.filter((h) => h.depth === 2 || h.depth === 3);
}

/**
 * Pairs each heading of a page with the heading at the same position in its translation,
 * so the language switch can land on the same section even though the slugs differ.
 * Returns `{ [slug]: twinSlug }`; headings without a counterpart are left out.
 */
export function twinAnchors(own: Heading[], twin: Heading[]): Record<string, string> {
  const a = tocHeadings(own);
  const b = tocHeadings(twin);
  const map: Record<string, string> = {};
  a.forEach((h, i) => {
    const other = b[i];
    if (other && other.depth === h.depth) map[h.slug] = other.slug;
  });
  return map;
}
