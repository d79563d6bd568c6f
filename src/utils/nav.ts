/** One page in the reading order: what the sidebar lists and previous/next walk through. */
export interface NavEntry {
  /** Path inside the language, e.g. `chapters/01-x/` (the home page is ''). */
  path: string;
  label: string;
  group: 'home' | 'chapters' | 'reference';
  /** Chapter number, for chapters. */
  chapter?: number;
  /** The ids of a chapter's exercises, for its progress. */
  exercises?: string[];
}

export interface ChapterInfo {
  slug: string;
  chapter: number;
  title: string;
  exercises?: string[];
}

export interface NavLabels {
  home: string;
  cheatSheet: string;
  playground: string;
}

/** The site's reading order: home, the chapters by number, then the reference pages. */
export function buildNav(chapters: ChapterInfo[], labels: NavLabels): NavEntry[] {
  const sorted = [...chapters].sort((a, b) => a.chapter - b.chapter);
  return [
    { path: '', label: labels.home, group: 'home' },
    ...sorted.map((c) => ({ path: `chapters/${c.slug}/`, label: c.title, group: 'chapters' as const, chapter: c.chapter, ...(c.exercises?.length && { exercises: c.exercises }) })),
    { path: 'cheat-sheet/', label: labels.cheatSheet, group: 'reference' },
    { path: 'playground/', label: labels.playground, group: 'reference' },
  ];
}

/** The entries before and after `path` in reading order. */
export function neighbours(nav: NavEntry[], path: string): { prev?: NavEntry; next?: NavEntry } {
  const i = nav.findIndex((e) => e.path === path);
  if (i < 0) return {};
  return { prev: nav[i - 1], next: nav[i + 1] };
}
