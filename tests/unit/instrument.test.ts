// The instrumentation's own contract: it parses what the compilers emit, leaves a module's
// meaning alone, and its source map still leads from the running code to the TypeScript line.
import { describe, expect, test } from 'vitest';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { compileExample } from '../../src/playground/build/examples';
import { instrument } from '../../src/playground/trace/instrument';
import { runTracedJs } from '../support/traced';

const SOURCE = [
  'interface Point { x: number }',
  'async function* gen(n: number): AsyncGenerator<number> {',
  '  for (let i = 0; i < n; i++) yield i;',
  '}',
  'const parse = async (p: Point) => ({ x: p.x + 1 });',
  'for await (const v of gen(2)) console.log(v, (await parse({ x: v })).x);',
  "throw new Error('boom');",
].join('\n');

describe('instrument', () => {
  test('the composed map points the compiled throw back at its TypeScript line', async () => {
    const { js, map } = await compileExample(SOURCE, 'demo.ts');
    const out = instrument(js, map, 'demo.ts');
    const lines = out.js.split('\n');
    const line = lines.findIndex((l) => l.includes('throw new Error('));
    const column = lines[line].indexOf('throw');
    const pos = originalPositionFor(new TraceMap(out.map), { line: line + 1, column });
    expect(pos).toMatchObject({ source: 'demo.ts', line: 7, column: 0 });
  });

  test('an arrow returning an object literal still returns it', async () => {
    const { js } = await compileExample(SOURCE.replace("throw new Error('boom');", ''), 'demo.ts');
    const run = await runTracedJs(instrument(js, undefined, 'demo.ts').js, 'arrow-object');
    expect(run.output.trim().split('\n')).toEqual(['0 1', '1 2']);
  });

  test('hooks wrap every await, yield and for await, and nothing in a sync function', () => {
    const { js } = instrument('function f() { return 1; }\nasync function g() { await f(); }\nawait g();', undefined, 'x.ts');
    expect(js).toContain('function f() { return 1; }');
    expect(js.match(/__ag\.s\(/g)).toHaveLength(2);
    expect(js).toContain('__ag.enter("g", [], 0)');
  });

  test('a function without a name is told by the function it is handed to', () => {
    const { js } = instrument('await Promise.all([1].map(async (n) => n));\nawait new Promise(async (r) => r(1));\nconst f = async () => 1;', undefined, 'x.ts');
    expect(js).toContain('__ag.enter("", [n], 0, "map")');
    expect(js).toContain('__ag.enter("", [r], 0, "Promise")');
    expect(js).toContain('__ag.enter("f", [], 0)');
  });
});
