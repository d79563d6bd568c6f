import { describe, expect, test } from 'vitest';
import { aboutTheSame, compare, formatRatio, timerMeasures } from '../../src/playground/output/compare';
import { formatBytes, formatElapsed, formatOffset, formatWait } from '../../src/playground/output/format';
import { decodeShareHash, encodeShareHash } from '../../src/playground/share';
import { createStackMapper } from '../../src/playground/sandbox/stack-map';
import { compileExample } from '../../src/playground/build/examples';
import { diffOutput, normalizeOutput, timeMatches } from '../support/golden';

describe('comparison chart data', () => {
  test('one scale for every bar, ratios to the fastest and a verdict', () => {
    const { bars, verdicts } = compare([{ label: 'sequential', ms: 900 }, { label: 'concurrent', ms: 300 }]);
    expect(bars.map((b) => [b.label, b.fraction, b.note])).toEqual([
      ['sequential', 1, { kind: 'slower', ratio: 3 }],
      ['concurrent', 1 / 3, { kind: 'fastest' }],
    ]);
    expect(verdicts).toEqual([{ kind: 'faster', fast: 'concurrent', slow: 'sequential', ratio: 3 }]);
    expect(formatRatio(3)).toBe('3.0');
  });
  test('one measure has no verdict; zero is not a division by zero', () => {
    expect(compare([{ label: 'a', ms: 5 }]).verdicts).toEqual([]);
    expect(formatRatio((compare([{ label: 'a', ms: 0 }, { label: 'b', ms: 5 }]).verdicts[0] as { ratio: number }).ratio)).toBe('∞');
    expect(compare([])).toEqual({ bars: [], verdicts: [] });
  });
  test('within 10 % (or 2 ms) two times are about the same: no fastest, no "1.0× slower"', () => {
    const tie = compare([{ label: 'Blocking functions', ms: 386 }, { label: 'Async generator', ms: 377 }]);
    expect(tie.bars.map((b) => b.note)).toEqual([undefined, undefined]);
    expect(tie.verdicts).toEqual([{ kind: 'same', labels: ['Blocking functions', 'Async generator'] }]);
    expect(compare([{ label: 'a', ms: 3 }, { label: 'b', ms: 4.5 }]).verdicts[0].kind).toBe('same');
    expect(aboutTheSame(100, 109.9)).toBe(true);
    expect(aboutTheSame(410, 380)).toBe(true);
    expect(aboutTheSame(100, 110)).toBe(false);
    // Two tied at the top are both "joint fastest"; a slower one is never printed as 1.0×.
    const three = compare([{ label: 'a', ms: 300 }, { label: 'b', ms: 320 }, { label: 'c', ms: 900 }]);
    expect(three.bars.map((b) => b.note?.kind)).toEqual(['joint-fastest', 'joint-fastest', 'slower']);
    for (const ms of [110, 111, 120]) {
      const note = compare([{ label: 'x', ms: 100 }, { label: 'y', ms }]).bars[1].note;
      expect(note?.kind === 'slower' && formatRatio(note.ratio)).not.toBe('1.0');
    }
  });
  test('timers are ranked only against timers that measure the same thing', () => {
    const measures = timerMeasures([
      { label: 'I/O, one after another', ms: 452 },
      { label: 'I/O, waits overlapped', ms: 152 },
      { label: 'CPU, one after another', ms: 187 },
      { label: "CPU, 'overlapped'", ms: 181 },
    ]);
    const { bars, verdicts } = compare(measures);
    expect(verdicts).toEqual([
      { kind: 'faster', fast: 'I/O, waits overlapped', slow: 'I/O, one after another', ratio: 452 / 152 },
      { kind: 'same', labels: ['CPU, one after another', "CPU, 'overlapped'"] },
    ]);
    // Still one scale for all four bars.
    expect(bars.map((b) => b.fraction)).toEqual([1, 152 / 452, 187 / 452, 181 / 452]);
    // Chinese labels mark their subject with a full-width comma; plain labels are all ranked together.
    expect(timerMeasures([{ label: 'I/O，逐个进行', ms: 1 }, { label: 'CPU，逐个进行', ms: 1 }]).map((m) => m.group)).toEqual(['I/O', 'CPU']);
    expect(compare(timerMeasures([{ label: 'sequential', ms: 900 }, { label: 'concurrent', ms: 300 }])).verdicts).toHaveLength(1);
    // A subject-less "total" beside subjects is ranked against nothing.
    const total = compare(timerMeasures([{ label: 'total', ms: 900 }, { label: 'I/O, a', ms: 300 }]));
    expect(total.verdicts).toEqual([]);
    expect(total.bars.map((b) => b.note)).toEqual([undefined, undefined]);
  });
  test('repeated labels are numbered and ranked together', () => {
    const measures = timerMeasures([{ label: 'x', ms: 1 }, { label: 'x', ms: 2 }]);
    expect(measures.map((m) => m.label)).toEqual(['x', 'x (2)']);
    expect(new Set(measures.map((m) => m.group)).size).toBe(1);
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
