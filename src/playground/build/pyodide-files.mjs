// Pyodide's files, served by the site itself (no CDN) under a versioned path,
// `<base>pyodide/<version>/`: copied from node_modules into the build's output, and
// served from there by `astro dev`. Never committed; only the four files a Python run
// needs (not the package list, the Node loader or the source maps).
import { createReadStream } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const PACKAGE = dirname(require.resolve('pyodide/package.json'));
export const PYODIDE_VERSION = require('pyodide/package.json').version;

/** The files, by the name the page fetches them with, and their media types. */
export const PYODIDE_FILES = {
  'pyodide.mjs': 'text/javascript',
  'pyodide.asm.mjs': 'text/javascript',
  'pyodide.asm.wasm': 'application/wasm',
  'python_stdlib.zip': 'application/zip',
};

/** Where the files live under the site's base: `pyodide/314.0.8/`. */
export const PYODIDE_DIR = `pyodide/${PYODIDE_VERSION}/`;

/** @returns {import('astro').AstroIntegration} */
export function pyodideFiles() {
  let base = '/';
  return {
    name: 'pyodide-files',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0];
          const name = path.startsWith(base + PYODIDE_DIR) ? path.slice((base + PYODIDE_DIR).length) : undefined;
          if (!name || !Object.hasOwn(PYODIDE_FILES, name)) return next();
          res.setHeader('Content-Type', PYODIDE_FILES[name]);
          createReadStream(join(PACKAGE, name)).pipe(res);
        });
      },
      'astro:build:done': async ({ dir }) => {
        const out = join(fileURLToPath(dir), PYODIDE_DIR);
        await mkdir(out, { recursive: true });
        await Promise.all(Object.keys(PYODIDE_FILES).map((name) => copyFile(join(PACKAGE, name), join(out, name))));
      },
    },
  };
}
