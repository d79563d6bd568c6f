import { build } from 'esbuild';
import { resolve } from 'node:path';

// Resolved from the project root: this module itself is bundled elsewhere at build time.
const here = (p: string) => resolve('src/playground', p);

async function bundle(entry: string, define: Record<string, string> = {}): Promise<string> {
  const out = await build({
    entryPoints: [here(entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    define,
    // The Python worker's prelude and tracer, as text (see sandbox/python/run.ts).
    loader: { '.py': 'text' },
  });
  return out.outputFiles[0].text;
}

const inlineScript = (js: string) => js.replace(/<\/(script)/gi, '<\\/$1');

let cached: Promise<string> | undefined;

/**
 * The sandbox frame's HTML: the frame script with the worker runtime inlined as a
 * string, since an opaque-origin frame can neither fetch the site's files nor start a
 * module worker, but can start a classic worker from a Blob.
 */
export function sandboxHtml(): Promise<string> {
  cached ??= (async () => {
    const worker = await bundle('sandbox/worker.ts');
    const frame = await bundle('sandbox/frame.ts', { WORKER_SOURCE: JSON.stringify(worker) });
    // Example code never reaches the network: a share link could otherwise turn a
    // reader's Run into requests to any server (or to the reader's own network), and
    // the chapters simulate I/O with timers anyway. data: and blob: URLs stay open, so
    // fetch() and response streams can still be tried. Scripts come only from the frame
    // itself and from blob:/data: modules (the run's worker and its example).
    // 'wasm-unsafe-eval' lets the Python worker compile Pyodide's WebAssembly (and nothing
    // else: eval stays refused).
    const csp = "default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval' blob: data:; worker-src blob:; connect-src data: blob:; img-src data: blob:";
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><title>Playground sandbox</title></head><body><script>${inlineScript(frame)}</script></body></html>`;
  })();
  return cached;
}

let cachedPython: Promise<string> | undefined;

/**
 * The Python run worker (sandbox/python/worker.ts, its prelude and tracer inlined), served
 * on its own: the page fetches it with Pyodide's files, only once a reader asks for
 * Python, and hands it to the frame as a Blob, so the frame itself stays as small as before.
 */
export function pythonWorkerJs(): Promise<string> {
  cachedPython ??= bundle('sandbox/python/worker.ts');
  return cachedPython;
}
