import { readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';

export const EXAMPLES_DIR = resolve('content/examples');

/** Every example id (`<chapter>/<name>`), sorted. */
export function exampleIds(): string[] {
  return readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(EXAMPLES_DIR, d.name)).filter((f) => f.endsWith('.ts')).map((f) => `${d.name}/${f.slice(0, -3)}`))
    .sort();
}

export const examplePath = (id: string) => join(EXAMPLES_DIR, `${id}.ts`);
export const goldenPath = (id: string) => join(EXAMPLES_DIR, `${id}.out`);
export const hasGolden = (id: string) => existsSync(goldenPath(id));

/** Runs an example under this Node (24, which strips types), stdout and stderr interleaved. */
export function runInNode(id: string): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn('sh', ['-c', `"${process.execPath}" --no-warnings "${examplePath(id)}" 2>&1`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.on('close', (code) => done({ code, output }));
  });
}
