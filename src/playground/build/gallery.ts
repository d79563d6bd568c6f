/**
 * The workspace's example gallery, built at build time: every example on disk, grouped by
 * its folder (a chapter, or the home page), titled as the pages show it (the playground's
 * title or section heading, and its variant label), and the variants it is shown with, so
 * choosing one opens all of them as tabs.
 */
import { readdirSync } from 'node:fs';
import { parseExampleFile, type CodeLang } from './example-files';
import { DEFAULT_LANG } from '../../utils/locale';
import type { PagePlayground, PageVariant } from './page-playgrounds';

export interface GalleryItem {
  /** `<chapter>/<name>`. */
  id: string;
  title: string;
  /** The variant's tab label, when the example is one of several. */
  label?: string;
  /** The playground the example is shown in, as the page shows it: its variants, in order. */
  variants: PageVariant[];
  /** The chapter section that shows it, for the workspace's way back. */
  section?: GallerySection;
}

/** A section of a page: its heading's text and the address of the heading. */
export interface GallerySection {
  title: string;
  href: string;
}

export interface GalleryGroup {
  /** The example folder: a chapter's slug, or `home`. */
  key: string;
  title: string;
  items: GalleryItem[];
}

export interface GallerySources {
  /** The example folders in reading order, with their titles and the playgrounds their page shows. */
  folders: { key: string; title: string; playgrounds: (PagePlayground & { section?: GallerySection })[] }[];
  /** Every example id on disk. */
  ids: readonly string[];
  /** A title for an example no page shows (its first comment, say). */
  fallbackTitle(id: string): string;
}

/**
 * The gallery: one group per folder that has examples, each example once, in the order the
 * pages show them (examples no page shows come last, by name).
 * @example buildGallery({ folders: [{ key: 'c', title: 'C', playgrounds: [{ title: 'X', variants: [{ label: '', example: 'c/x' }] }] }], ids: ['c/x'], fallbackTitle: () => '' })
 * // [{ key: 'c', title: 'C', items: [{ id: 'c/x', title: 'X', variants: [{ label: '', example: 'c/x' }] }] }]
 */
export function buildGallery({ folders, ids, fallbackTitle }: GallerySources): GalleryGroup[] {
  const shown = new Map<string, GalleryItem>();
  for (const pg of folders.flatMap((f) => f.playgrounds)) {
    pg.variants.forEach((v) => {
      if (shown.has(v.example) || !ids.includes(v.example)) return;
      const title = pg.title ?? pg.heading ?? v.label;
      const label = pg.variants.length > 1 && v.label !== title ? v.label : undefined;
      shown.set(v.example, { id: v.example, title, ...(label && { label }), variants: pg.variants, ...(pg.section && { section: pg.section }) });
    });
  }
  const order = [...shown.keys()];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return folders
    .map(({ key, title }) => ({
      key,
      title,
      items: ids
        .filter((id) => id.startsWith(`${key}/`))
        .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
        .map((id) => shown.get(id) ?? { id, title: fallbackTitle(id), variants: [{ label: '', example: id }] }),
    }))
    .filter((g) => g.items.length > 0);
}

/** Every example id under `dir` (content/examples): the default language's files, twins not counted. */
export function exampleIds(dir: string, code: CodeLang = 'ts'): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(`${dir}/${d.name}`).flatMap((file) => {
        const parsed = parseExampleFile(file);
        return parsed?.kind === 'source' && parsed.code === code && parsed.lang === DEFAULT_LANG ? [`${d.name}/${parsed.name}`] : [];
      }),
    )
    .sort();
}

/**
 * The text of a source's first line comment, a title for an example no page shows.
 * @example firstComment('// Three tasks.\nconst x = 1;') // 'Three tasks.'
 */
export function firstComment(source: string): string | undefined {
  return /^\s*\/\/\s*(.+)$/m.exec(source)?.[1].trim();
}
