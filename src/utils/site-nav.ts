import { getCollection } from 'astro:content';
import { type Lang } from './locale';
import { buildNav, type NavEntry } from './nav';
import { useTranslations } from '../i18n';
import { exercisesIn } from '../playground/build/page-playgrounds';

/** Chapter entries of one language, with the slug the URL uses. */
export async function chaptersOf(lang: Lang) {
  const all = await getCollection('chapters', (e) => e.id.startsWith(`${lang}/`));
  return all
    .map((e) => ({ entry: e, slug: e.id.slice(lang.length + 1) }))
    .sort((a, b) => a.entry.data.chapter - b.entry.data.chapter);
}

/** The reading order of one language, built from the content collection. */
export async function siteNav(lang: Lang): Promise<NavEntry[]> {
  const t = useTranslations(lang);
  const chapters = await chaptersOf(lang);
  return buildNav(
    chapters.map((c) => ({ slug: c.slug, chapter: c.entry.data.chapter, title: c.entry.data.title, exercises: exercisesIn(c.entry.body ?? '') })),
    { home: t('nav.home'), cheatSheet: t('nav.cheatSheet'), playground: t('nav.playground') },
  );
}
