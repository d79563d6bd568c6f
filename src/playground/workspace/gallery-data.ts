/**
 * The gallery of one language, from the content collection and the example files: the
 * home page's examples first, then each chapter's. Built once per language and build.
 */
import { readFile } from 'node:fs/promises';
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
  const chapters = (await chaptersOf(lang)).map(({ entry, slug }) => ({
    key: slug,
    title: `${entry.data.chapter}. ${entry.data.title}`,
    playgrounds: playgroundsIn(entry.body ?? ''),
  }));
  // Titles of examples no page shows come from their first comment, in the page's language.
  const comments = new Map(
    await Promise.all(ids.map(async (id) => [id, firstComment(await readFile(resolve(EXAMPLES_DIR, exampleFile(id, lang)), 'utf8'))] as const)),
  );
  return buildGallery({ folders: [home, ...chapters], ids, fallbackTitle: (id) => comments.get(id) ?? displayName(id) });
}
