import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { compileExample } from '../../src/playground/build/examples';
import { usingProbe } from '../support/using-probe';

// Explicit resource management must run as the engine runs it (see usingProbe).
const node = (args: string[]) => execFileSync(process.execPath, ['--no-warnings', ...args], { encoding: 'utf8' });

describe('using declarations at build time', () => {
  test('are kept as syntax and flagged for the run', async () => {
    const { js, using } = await compileExample(usingProbe, 'dispose.ts');
    expect(js).toMatch(/^\s*await using l = later;$/m);
    expect(js).toMatch(/^\s*using a = resource\("a"\);$/m);
    expect(using).toBe('native');
  });

  test('code without them is not flagged', async () => {
    expect((await compileExample("const using = 1;\nconsole.log('using', using);\n", 'plain.ts')).using).toBeUndefined();
  });

  test('print what Node prints for the TypeScript source, stack frames included', async () => {
    const { js } = await compileExample(usingProbe, 'dispose.ts');
    const expected = node(['--input-type=module-typescript', '-e', usingProbe]);
    expect(expected).toContain('SuppressedError "An error was suppressed during disposal" dispose a body');
    expect(node(['--input-type=module', '-e', js])).toBe(expected);
  });
});
