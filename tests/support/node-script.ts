// A TypeScript script of the tests' own, bundled once into a temporary .mjs file that a
// child Node process can run (the runners that stand in for the sandbox's worker).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/** A function that bundles `entry` on its first call and returns the file's path (a temporary folder `prefix…`). */
export function nodeScript(entry: string, prefix: string): { dir: string; path: () => Promise<string> } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let file: Promise<string> | undefined;
  const path = () =>
    (file ??= build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', write: false }).then((out) => {
      const target = join(dir, 'runner.mjs');
      writeFileSync(target, out.outputFiles[0].text);
      return target;
    }));
  return { dir, path };
}
