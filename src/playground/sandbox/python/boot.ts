/**
 * Booting an interpreter for a Python run: cold the first time (1.4–2 s, mostly Python
 * importing its start-up modules), then from the memory snapshot that cold boot leaves
 * (≈ 0.2 s). Each run still gets a fresh interpreter, as CPython gives each `python3`.
 * The snapshot API is Pyodide's private one (the version is pinned): any error with it
 * falls back to a cold boot.
 */
import type { PyodideAPI, loadPyodide } from 'pyodide';
import { installPrelude, LOCK_FILE, type PythonSources } from './run.ts';

type Options = NonNullable<Parameters<typeof loadPyodide>[0]>;

export interface Booted {
  py: PyodideAPI;
  /** Made by a cold boot, for the next ones. */
  snapshot?: Uint8Array;
}

export async function bootPython(load: typeof loadPyodide, sources: PythonSources, options: Options, snapshot?: Uint8Array): Promise<Booted> {
  // The minimal lock file leaves out what only package installs read (see run.ts).
  const base: Options = { ...options, lockFileContents: LOCK_FILE as unknown as Options['lockFileContents'], checkAPIVersion: true };
  if (snapshot) {
    try {
      return { py: await load({ ...base, _loadSnapshot: snapshot }) };
    } catch {
      // A snapshot that does not load (another engine's limits, a private API that moved): boot cold.
    }
  }
  const py = await load({ ...base, _makeSnapshot: true });
  installPrelude(py, sources);
  let made: Uint8Array | undefined;
  try {
    made = py.makeMemorySnapshot();
  } catch {
    // No snapshot: later runs boot cold too.
  }
  return { py, snapshot: made };
}
