import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/chapters' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    chapter: z.number().int().min(1).max(5),
    /** File name of the source article in shared/seeds that this chapter mirrors (for maintainers: pages never show it). */
    source: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
    /** The source article's own title, in its own language. */
    sourceTitle: z.string(),
  }),
});

const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/pages' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
  }),
});

export const collections = { chapters, pages };
