// An uncaught error is shown as Node shows a fatal one: the line of TypeScript it points
// at, a caret under the column, then the error. Compared here with what Node 24 prints.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileExample } from '../../src/playground/build/examples';
import { createStackMapper } from '../../src/playground/sandbox/stack-map';
import { formatSourceLine } from '../../src/playground/output/format';

/** What Node prints on stderr above the error when `source` dies, with its path shortened to `name`. */
function nodeFatal(source: string, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fatal-'));
  const path = join(dir, name);
  writeFileSync(path, source);
  const { stderr } = spawnSync(process.execPath, [path], { encoding: 'utf8' });
  return stderr.replaceAll(`file://${path}`, name).split('\n\n')[0].replace(/^\n/, '');
}

/** The same lines, as the playground makes them from a V8 frame at `marker` in the compiled code. */
async function playgroundFatal(source: string, name: string, marker: string): Promise<string | undefined> {
  const { js, map } = await compileExample(source, name);
  const lines = js.split('\n');
  const line = lines.findIndex((l) => l.includes(marker)) + 1;
  const column = lines[line - 1].indexOf(marker) + 1;
  const mapper = createStackMapper(map, name);
  mapper.setUrl('blob:null/run');
  const at = mapper.sourceLine(`TypeError: nobody\n    at f (blob:null/run:${line}:${column})`);
  return at && formatSourceLine(at);
}

describe('the source line above an uncaught error', () => {
  test('an unhandled rejection, as Node 24 prints it', async () => {
    const source = ['type Reason = TypeError;', 'function f(): Promise<never> {', "\treturn Promise.reject(new TypeError('nobody') as Reason);", '}', 'f();', ''].join('\n');
    const node = nodeFatal(source, 'reject.ts');
    expect(node).toBe("reject.ts:3\n\treturn Promise.reject(new TypeError('nobody')          );\n\t                      ^");
    // Node strips the types and shows what is left; the playground shows the TypeScript.
    expect(await playgroundFatal(source, 'reject.ts', 'new TypeError')).toBe(node.replace(/\)\s+\);/, ') as Reason);'));
  });

  test('no frame of the example, or no source in the map: nothing to show', async () => {
    const { map } = await compileExample('throw 1;\n', 'x.ts');
    const mapper = createStackMapper(map, 'x.ts');
    mapper.setUrl('blob:null/run');
    expect(mapper.sourceLine('Error: x\n    at blob:null/other:1:1')).toBeUndefined();
    const bare = createStackMapper(undefined, 'x.ts');
    bare.setUrl('blob:null/run');
    expect(bare.sourceLine('Error: x\n    at blob:null/run:1:1')).toBeUndefined();
  });

  test('the caret keeps tabs and sits under the column', () => {
    expect(formatSourceLine({ file: 'a.ts', line: 2, column: 3, code: '\t\tx()' })).toBe('a.ts:2\n\t\tx()\n\t\t^');
    expect(formatSourceLine({ file: 'a.ts', line: 1, column: 1, code: 'boom' })).toBe('a.ts:1\nboom\n^');
  });
});
