import { describe, expect, test } from 'vitest';
import { compare, formatRatio, uniqueLabels } from '../../src/playground/output/compare';
import { formatBytes, formatElapsed, formatOffset, formatWait } from '../../src/playground/output/format';
import { decodeShareHash, encodeShareHash } from '../../src/playground/share';
import { createStackMapper } from '../../src/playground/sandbox/stack-map';
import { compileExample } from '../../src/playground/build/examples';
import { diffOutput, normalizeOutput, timeMatches } from '../support/golden';

describe('comparison chart data', () => {
  test('ratios to the fastest and a summary', () => {
    const { bars, summary } = compare([{ label: 'sequential', ms: 900 }, { label: 'concurrent', ms: 300 }]);
    expect(bars.map((b) => [b.label, b.fraction, b.ratio, b.fastest])).toEqual([
      ['sequential', 1, 3, false],
      ['concurrent', 1 / 3, 1, true],
    ]);
    expect(summary).toEqual({ fast: 'concurrent', slow: 'sequential', ratio: 3 });
    expect(formatRatio(summary!.ratio)).toBe('3.0');
  });
  test('one measure has no summary; zero is not a division by zero', () => {
    expect(compare([{ label: 'a', ms: 5 }]).summary).toBeUndefined();
    expect(formatRatio(compare([{ label: 'a', ms: 0 }, { label: 'b', ms: 5 }]).summary!.ratio)).toBe('∞');
    expect(compare([])).toEqual({ bars: [] });
  });
  test('repeated labels are numbered', () => {
    expect(uniqueLabels([{ label: 'x', ms: 1 }, { label: 'x', ms: 2 }]).map((m) => m.label)).toEqual(['x', 'x (2)']);
  });
});

describe('formatting', () => {
  test('offsets, elapsed, bytes', () => {
    expect(formatOffset(300.4)).toBe('+0.300 s');
    expect(formatOffset(-1)).toBe('+0.000 s');
    expect(formatElapsed(302.6)).toBe('303 ms');
    expect(formatElapsed(1504)).toBe('1.50 s');
    expect(formatBytes(1_000_000)).toBe('1 MB');
    expect(formatBytes(1500)).toBe('1.5 kB');
  });
  test('waits, in the largest unit that fits and the page\'s language', () => {
    expect(formatWait(45_000, 'en')).toBe('45.00 s');
    expect(formatWait(90_000, 'en')).toBe('1.5 minutes');
    expect(formatWait(5_000_000, 'en')).toBe('1.4 hours');
    expect(formatWait(1e9, 'en')).toBe('11.6 days');
    expect(formatWait(1e9, 'zh-CN')).toBe('11.6天');
  });
});

describe('share links', () => {
  const code = "for await (const x of gen()) console.log('异步', x);\n".repeat(20);
  test('round trip, and shorter than the code for repetitive input', () => {
    const hash = encodeShareHash(code);
    expect(hash.startsWith('#code/')).toBe(true);
    expect(hash).toMatch(/^#code\/[\w-]+$/);
    expect(hash.length).toBeLessThan(code.length);
    expect(decodeShareHash(hash)).toBe(code);
  });
  test('no code, damaged code', () => {
    expect(decodeShareHash('')).toBeUndefined();
    expect(decodeShareHash('#intro')).toBeUndefined();
    expect(decodeShareHash('#code/not-deflate')).toBeNull();
  });
});

describe('stack frames point at the TypeScript source', () => {
  test('compiled positions map back through the source map', async () => {
    const source = ['type T = { a: number };', '', 'function boom(t: T): never {', "  throw new Error('boom ' + t.a);", '}', 'boom({ a: 1 });', ''].join('\n');
    const { js, map } = await compileExample(source, 'boom.ts');
    const line = js.split('\n').findIndex((l) => l.includes('throw')) + 1;
    const column = js.split('\n')[line - 1].indexOf('throw') + 1;
    const mapper = createStackMapper(map, 'boom.ts');
    mapper.setUrl('blob:null/1234-abcd');
    const text = `Error: boom 1\n    at boom (blob:null/1234-abcd:${line}:${column})`;
    expect(mapper(text)).toBe('Error: boom 1\n    at boom (boom.ts:4:3)');
  });
  test('the start marker prepended to line 1 is taken off before mapping', async () => {
    const source = "throw new Error('first line');\n";
    const { map } = await compileExample(source, 'one.ts');
    const mapper = createStackMapper(map, 'one.ts', 30);
    mapper.setUrl('blob:null/x');
    expect(mapper('Error: first line\n    at blob:null/x:1:31')).toBe('Error: first line\n    at one.ts:1:1');
  });

  test('text without frames is untouched', () => {
    const mapper = createStackMapper(undefined, 'x.ts');
    expect(mapper('plain')).toBe('plain');
  });
});

describe('golden comparison', () => {
  test('drops stack frames and trailing space', () => {
    expect(normalizeOutput('Error: x\n    at f (file.ts:1:1)\nnext  \n')).toBe('Error: x\nnext');
  });
  test('keeps the first line\'s indentation, drops blank lines around the output', () => {
    expect(normalizeOutput('\n  indented first\nsecond\n\n')).toBe('  indented first\nsecond');
    expect(diffOutput('  a\nb', 'a\nb')).toMatch(/line 1/);
  });
  test('times within tolerance pass, others fail', () => {
    expect(diffOutput('total: 301.2ms', 'total: 330.9ms')).toBeUndefined();
    expect(diffOutput('took 900 ms', 'took 1.02s')).toBeUndefined();
    expect(diffOutput('total: 300ms', 'total: 900ms')).toMatch(/too far/);
    expect(diffOutput('a\nb', 'a\nc')).toMatch(/line 2/);
    expect(diffOutput('a', 'a\nextra')).toMatch(/line 2/);
    expect(timeMatches(300, 100)).toBe(false);
  });
});
