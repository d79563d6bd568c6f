/**
 * The gallery of one language, from the content collection and the example files: the
 * home page's examples first, then each chapter's. Built once per language and build.
 */
import { readFile } from 'node:fs/promises';
import { render } from 'astro:content';
import { resolve } from 'node:path';
import { chaptersOf } from '../../utils/site-nav';
import { useTranslations } from '../../i18n';
import type { Lang } from '../../utils/locale';
import { EXAMPLES_DIR } from '../build/examples';
import { displayName, exampleFile } from '../build/example-files';
import { buildGallery, exampleIds, firstComment, type GalleryGroup } from '../build/gallery';
import { playgroundsIn } from '../build/page-playgrounds';
import { HOME_TEASER } from '../build/home-teaser';
import { DEFAULT_EXAMPLE } from './paths';
import { localUrl } from '../../utils/url';
import type { PagePlayground } from '../build/page-playgrounds';

/** Letters and digits only: Astro's headings have typographic quotes and dashes where the MDX has plain ones. */
const bare = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Where a chapter's playground sits: its heading's anchor and text as the page renders
 * them, from the headings Astro lists (the MDX's, in the same order; the text checks it).
 */
function sectionOf(pg: PagePlayground, headings: { slug: string; text: string }[], page: string) {
  if (pg.heading === undefined) return undefined;
  const same = (h: { text: string } | undefined) => h !== undefined && bare(h.text) === bare(pg.heading!);
  const at = pg.headingIndex !== undefined && same(headings[pg.headingIndex]) ? headings[pg.headingIndex] : headings.find(same);
  return at && { title: at.text, href: `${page}#${at.slug}` };
}

const cache = new Map<Lang, Promise<GalleryGroup[]>>();

export const galleryOf = (lang: Lang): Promise<GalleryGroup[]> => {
  if (!cache.has(lang)) cache.set(lang, build(lang));
  return cache.get(lang)!;
};

async function build(lang: Lang): Promise<GalleryGroup[]> {
  const t = useTranslations(lang);
  const ids = exampleIds(EXAMPLES_DIR);
  const home = {
    key: 'home',
    title: t('nav.home'),
    playgrounds: [
      { title: t('pg.ws.scratch'), variants: [{ label: '', example: DEFAULT_EXAMPLE }] },
      { title: t('home.tryIt'), variants: HOME_TEASER.map((v) => ({ label: t(v.label), example: v.example })) },
    ],
  };
  const chapters = await Promise.all(
    (await chaptersOf(lang)).map(async ({ entry, slug }) => {
      const { headings } = await render(entry);
      const page = localUrl(import.meta.env.BASE_URL, lang, `chapters/${slug}/`);
      return {
        key: slug,
        title: `${entry.data.chapter}. ${entry.data.title}`,
        playgrounds: playgroundsIn(entry.body ?? '').map((pg) => ({ ...pg, section: sectionOf(pg, headings, page) })),
      };
    }),
  );
  // Titles of examples no page shows come from their first comment, in the page's language.
  const comments = new Map(
    await Promise.all(ids.map(async (id) => [id, firstComment(await readFile(resolve(EXAMPLES_DIR, exampleFile(id, lang)), 'utf8'))] as const)),
  );
  return buildGallery({ folders: [home, ...chapters], ids, fallbackTitle: (id) => comments.get(id) ?? displayName(id) });
}
