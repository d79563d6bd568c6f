// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { monacoCssInline } from './src/playground/build/monaco-css-inline.mjs';
import { shikiThemes } from './src/playground/build/themes.mjs';

const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'https://async-generators.example',
  base,
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', 'zh-cn': 'zh-CN' } },
      filter: (page) => !page.includes('/404'),
    }),
  ],
  markdown: {
    shikiConfig: { themes: shikiThemes, defaultColor: false },
  },
  vite: {
    plugins: [monacoCssInline()],
    worker: { format: 'es' },
    optimizeDeps: { include: ['monaco-editor/editor', '@shikijs/monaco'] },
  },
  devToolbar: { enabled: false },
});
