import * as util from 'node:util';
import { Console } from 'node:console';
import { Writable } from 'node:stream';
import { format, inspect } from 'node-inspect-extracted';
import { describe, expect, test } from 'vitest';
import { renderTable } from '../../src/playground/sandbox/console-table';
import { formatDuration } from '../../src/playground/sandbox/format-duration';

// The playground formats console arguments in the browser with node-inspect-extracted.
// These fixtures prove it prints what Node's own util.inspect prints.
class Point {
  constructor(public x: number, public y: number) {}
}
class Empty {}
const circular: Record<string, unknown> = { name: 'loop' };
circular.self = circular;
const nested = { level1: { level2: { level3: { level4: 'deep' } } } };
class Methods {
  *gm() {}
  async *agm() {}
  async am() {}
  *[Symbol.iterator]() {}
  asyncLooking() {}
}
const methods = Methods.prototype;
const err = new RangeError('out of range');
err.stack = 'RangeError: out of range'; // stacks differ between runtimes; the shape must not

const fixtures: [string, unknown[]][] = [
  ['numbers', [1, -0, 3.5, NaN, Infinity]],
  ['string at top level', ['hello']],
  ['string nested', [['hello', "it's"]]],
  ['bigint', [10n]],
  ['symbol', [Symbol('tag')]],
  ['null and undefined', [null, undefined]],
  ['booleans', [true, false]],
  ['array', [[1, 2, 3]]],
  ['long array', [Array.from({ length: 120 }, (_, i) => i)]],
  ['sparse array', [[1, , 3]]],
  ['object', [{ a: 1, b: 'two', c: [3] }]],
  ['nested object', [nested]],
  ['Map', [new Map<unknown, unknown>([['k', 1], [{ o: 1 }, [2]]])]],
  ['Set', [new Set([1, 'a', { b: 2 }])]],
  ['class instance', [new Point(1, 2)]],
  ['empty class instance', [new Empty()]],
  ['Error', [err]],
  ['circular', [circular]],
  ['function', [function named() {}, () => 1]],
  ['class', [Point]],
  ['Date', [new Date(0)]],
  ['RegExp', [/a+b/gi]],
  ['typed array', [new Uint8Array([1, 2, 3])]],
  ['null prototype', [Object.assign(Object.create(null), { x: 1 })]],
  // The library decided these from source text (patches/README.md): generator methods
  // lost their brand and a method whose name starts with "async" gained one.
  ['generator method', [methods.gm, { *gm() {} }]],
  ['async generator method', [methods.agm, { async *agm() {} }]],
  ['generator under a symbol key', [methods[Symbol.iterator]]],
  ['async method, and a method named like one', [methods.am, methods.asyncLooking]],
  ['generator functions', [function* g() {}, async function* ag() {}, async () => {}]],
  ['null-prototype Map', [Object.setPrototypeOf(new Map([[1, 2]]), null)]],
  ['null-prototype Set', [Object.setPrototypeOf(new Set(['a']), null)]],
  // Hostile objects: formatting must neither call their getters nor trust their constructor.
  ['getter that throws', [{ a: 1, get b(): never { throw new Error('getter'); } }]],
  ['constructor that is a throwing getter', [{ get constructor(): never { throw new Error('ctor'); } }]],
  ['constructor that is not a function', [{ constructor: 'fake' }, { constructor: { name: 'Fake' } }]],
  ['inherited constructor getter that throws', [Object.create({ get constructor(): never { throw new Error('ctor'); } })]],
  ['toStringTag getter that throws', [{ get [Symbol.toStringTag](): never { throw new Error('tag'); } }]],
  ['toStringTag that is not a string', [{ [Symbol.toStringTag]: 42 }, { [Symbol.toStringTag]: 'Sneaky' }]],
  ['Map subclass', [new (class Registry extends Map<string, number> {})([['k', 1]])]],
  ['format specifiers', ['%s has %d items (%i), %f, %j, %o, %O %%', 'list', 3, 4.7, 1.5, { a: 1 }, [1], { b: 2 }]],
  ['several values', ['value:', { a: 1 }, [1, 2], 'end']],
  ['long object wraps', [{ alpha: 'aaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbb', gamma: 'ccccccccccccccccc', delta: 'dddddddddddd' }]],
  ['iterator result', [{ value: 1, done: false }]],
  ['array of objects', [[{ id: 1, tags: ['a', 'b'] }, { id: 2, tags: [] }]]],
];

describe('console formatting matches Node', () => {
  test.each(fixtures)('%s', (_name, args) => {
    expect(format(...args)).toBe(util.format(...args));
  });

  test('inspect with options matches', () => {
    expect(inspect(nested, { depth: 0 })).toBe(util.inspect(nested, { depth: 0 }));
    expect(inspect(nested, { depth: null })).toBe(util.inspect(nested, { depth: null }));
  });
});

function nodeTable(data: unknown, columns?: string[]): string {
  let out = '';
  const stream = new Writable({ write(chunk, _enc, cb) { out += chunk; cb(); } });
  new Console({ stdout: stream, colorMode: false }).table(data, columns);
  return out.trimEnd();
}

describe('console.table matches Node', () => {
  const tables: [string, unknown, string[]?][] = [
    ['array of objects', [{ a: 1, b: 'x' }, { a: 2, c: true }]],
    ['array of primitives', ['apple', 'banana']],
    ['object of objects', { first: { n: 1 }, second: { n: 22 } }],
    ['column filter', [{ a: 1, b: 2 }, { a: 3, b: 4 }], ['b']],
    ['Map', new Map([['k', 1], ['j', 2]])],
    ['Set', new Set(['x', 'y'])],
    ['mixed', [1, { a: 2 }]],
    ['wide characters', [{ 名字: '异步', n: 1 }]],
    ['emoji', [{ mood: '🙂', weather: '☀️' }, { mood: '😴', weather: '🌧' }]],
    ['emoji sequences and flags', { '👍🏽': '👨‍👩‍👧', '🇯🇵': '🏳️‍🌈' }],
    ['combining marks and fullwidth forms', [['e\u0301', 'ＡＢ', 'ｱｲ', '한글']]],
  ];
  test.each(tables)('%s', (_name, data, columns) => {
    expect(renderTable(data, columns)).toBe(nodeTable(data, columns));
  });

  test('a primitive is logged, not tabled', () => {
    expect(renderTable(42)).toBeUndefined();
  });
});

describe('console.timeEnd durations match Node', () => {
  test.each([
    [0.5, '0.5ms'],
    [301.23456, '301.235ms'],
    [999.9994, '999.999ms'],
    [1000, '1.000s'],
    [1504.2, '1.504s'],
    [61_500, '1:01.500 (m:ss.mmm)'],
    [3_725_000, '1:02:05.000 (h:mm:ss.mmm)'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
