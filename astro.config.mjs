// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { monacoCssInline } from './src/playground/build/monaco-css-inline.mjs';
import { shikiThemes } from './src/playground/build/themes.mjs';
import { pyodideFiles, PYODIDE_DIR } from './src/playground/build/pyodide-files.mjs';

const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'https://async-generators.example',
  base,
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    pyodideFiles(),
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
    // Where the page fetches Pyodide's files (client/python-files.ts), versioned.
    define: { __PYODIDE_DIR__: JSON.stringify(PYODIDE_DIR) },
    optimizeDeps: { include: ['monaco-editor/editor', '@shikijs/monaco'] },
  },
  devToolbar: { enabled: false },
});
