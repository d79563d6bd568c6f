/**
 * What a Python run needs from the site, fetched only when a reader asks for Python
 * (`preparePython` when they point at it, or their first Python run): the Python run
 * worker and Pyodide's four files, as Blobs. The page fetches them (same origin, its
 * HTTP cache) and hands them to the sandbox frame, which cannot fetch the site's files.
 */
import type { PythonFiles } from '../protocol';

declare const __PYODIDE_DIR__: string;

const BASE = import.meta.env.BASE_URL;
// Media types are set here, not taken from the host: the frame imports the scripts from
// Blob URLs, which a host's wrong type for .mjs would break.
const JS = 'text/javascript';
const FILES: Record<keyof PythonFiles, [url: string, type: string]> = {
  worker: [`${BASE}sandbox-python.js`, JS],
  mjs: [`${BASE}${__PYODIDE_DIR__}pyodide.mjs`, JS],
  asm: [`${BASE}${__PYODIDE_DIR__}pyodide.asm.mjs`, JS],
  wasm: [`${BASE}${__PYODIDE_DIR__}pyodide.asm.wasm`, 'application/wasm'],
  stdlib: [`${BASE}${__PYODIDE_DIR__}python_stdlib.zip`, 'application/zip'],
};

/** Why a file could not be fetched, naming it: the reader's message says Python could not start because of it. */
async function fetchFile([url, type]: [string, string]): Promise<Blob> {
  const name = url.slice(url.lastIndexOf('/') + 1);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (err) {
    throw new Error(`${name}: ${(err as Error)?.message ?? err}`);
  }
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  return new Blob([await response.blob()], { type });
}

let loading: Promise<PythonFiles> | undefined;

/** The files, fetched once per page; a failed fetch is tried again by the next call. */
export function pythonFiles(): Promise<PythonFiles> {
  loading ??= (async () => {
    const entries = await Promise.all(Object.entries(FILES).map(async ([key, file]) => [key, await fetchFile(file)] as const));
    return Object.fromEntries(entries) as unknown as PythonFiles;
  })().catch((err: unknown) => {
    loading = undefined;
    throw err;
  });
  return loading;
}
