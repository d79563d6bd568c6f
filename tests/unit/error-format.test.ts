// Errors print as Node prints them, whatever engine runs the playground. The stacks are
// real ones, recorded in Chromium, Firefox and WebKitGTK (fixtures/engine-stacks.json);
// here they are put on errors made in Node, and the output compared with Node's own.
import * as util from 'node:util';
import { describe, expect, test } from 'vitest';
import { errorHeader, formatFrame, normalizeStack, parseStack, stackFrames } from '../../src/playground/sandbox/stack-normalize';
import { errorStack, format, inspect } from '../../src/playground/sandbox/error-format';
import recorded from './fixtures/engine-stacks.json';

type Engine = keyof typeof recorded.engines;
const ENGINES = Object.keys(recorded.engines) as Engine[];
const stacks = (engine: Engine) => recorded.engines[engine].stacks as unknown as Record<string, string>;
// WebKit ignores `//# sourceURL`: its frames name the module's blob URL.
const file = (engine: Engine) => (engine === 'webkit' ? recorded.engines.webkit.module : 'welcome.ts');

/** An error made here, carrying a stack as another engine wrote it. */
function withStack<E extends Error>(error: E, stack: string): E {
  Object.defineProperty(error, 'stack', { value: stack, writable: true, configurable: true });
  return error;
}

describe('stacks of all three engines are read', () => {
  const cases = Object.entries(stacks('chromium')).filter(([, v]) => typeof v === 'string' && /\n {4}at /.test(v)).map(([k]) => k);

  test.each(ENGINES.flatMap((e) => cases.map((c) => [e, c] as const)))('%s: %s', (engine, name) => {
    const parsed = parseStack(stacks(engine)[name]);
    expect(parsed, stacks(engine)[name]).toBeDefined();
    expect(parsed!.layout).toBe(engine === 'chromium' ? 'v8' : 'frames');
    expect(parsed!.frames.length).toBeGreaterThan(0);
  });

  test('each frame: name, file, line and column', () => {
    const first = (engine: Engine, name: string) => parseStack(stacks(engine)[name])!.frames[0];
    expect(first('chromium', 'thrown')).toEqual({ name: 'f', file: 'welcome.ts', line: 1, column: 22, async: false });
    expect(first('firefox', 'thrown')).toEqual({ name: 'f', file: 'welcome.ts', line: 1, column: 22, async: false });
    expect(first('webkit', 'thrown')).toEqual({ name: 'f', file: file('webkit'), line: 1, column: 31, async: false });
    expect(first('chromium', 'method').name).toBe('Foo.bar');
    expect(first('firefox', 'method').name).toBe('bar');
    // Top-level code is unnamed, as in V8: JavaScriptCore calls it "module code".
    expect(parseStack(stacks('webkit').thrown)!.frames[1].name).toBe('');
    // SpiderMonkey names an anonymous function after its place (`r.arrow<`); V8 does not.
    expect(first('firefox', 'arrow').name).toBe('');
    expect(parseStack(stacks('chromium').async)!.frames[1]).toMatchObject({ async: true, name: '', line: 11 });
  });

  test('built-in frames and eval code', () => {
    expect(parseStack(stacks('webkit').inMap)!.frames[1]).toEqual({ name: 'map', file: '', line: 0, column: 0, async: false });
    expect(formatFrame(parseStack(stacks('webkit').inMap)!.frames[1])).toBe('    at map (<anonymous>)');
    expect(parseStack(stacks('webkit').evalStack)!.frames.map((f) => f.name)).toEqual(['', 'eval', '']);
    expect(parseStack(stacks('firefox').evalStack)!.frames[0].file).toMatch(/ line \d+ > eval$/);
  });

  test('SpiderMonkey marks frames an await resumed', () => {
    expect(parseStack('af@main.ts:10:41\nasync*@main.ts:11:7\n')!.frames[1]).toEqual({ name: '', file: 'main.ts', line: 11, column: 7, async: true });
    expect(formatFrame({ name: '', file: 'main.ts', line: 11, column: 7, async: true })).toBe('    at async main.ts:11:7');
  });

  test('text that is no stack is left alone', () => {
    for (const text of ['custom stack', 'Error: no frames', '', 'a@b']) expect(parseStack(text)).toBeUndefined();
    expect(normalizeStack('custom stack', 'Error: x')).toBe('custom stack');
    expect(normalizeStack('', 'Error: x')).toBe('Error: x');
  });
});

describe('every engine gets V8’s layout', () => {
  test.each(['thrown', 'top', 'inTimer', 'traceInFn'])('Firefox’s %s stack reads as Chromium’s', (name) => {
    const v8 = stacks('chromium')[name];
    const header = v8.slice(0, v8.indexOf('\n    at'));
    expect(normalizeStack(stacks('firefox')[name], header)).toBe(v8.replace(recorded.engines.chromium.worker, recorded.engines.firefox.worker));
  });

  test('WebKit’s frames, with its own columns', () => {
    expect(normalizeStack(stacks('webkit').thrown, 'Error: boom')).toBe(`Error: boom\n    at f (${file('webkit')}:1:31)\n    at ${file('webkit')}:3:8`);
  });

  test('V8’s own stack is kept as it is', () => {
    expect(normalizeStack(stacks('chromium').asyncGen, 'ignored')).toBe(stacks('chromium').asyncGen);
  });

  test('the header follows Error.prototype.toString', () => {
    expect(errorHeader('TypeError', 'x')).toBe('TypeError: x');
    expect(errorHeader(undefined, undefined)).toBe('Error');
    expect(errorHeader('', 'only message')).toBe('only message');
    expect(errorHeader('Named', '')).toBe('Named');
  });

  test('console.trace frames: just the frames, in every engine', () => {
    for (const engine of ENGINES) expect(stackFrames(stacks(engine).traceInFn).split('\n')[0]).toMatch(/^ {4}at trace \(blob:null\//);
    expect(stackFrames(stacks('firefox').traceInFn).split('\n').slice(1)).toEqual(['    at outer (welcome.ts:24:38)', '    at welcome.ts:25:15']);
  });
});

describe('errors print as Node prints them', () => {
  // The same error twice: with Firefox's frames-only stack, and with the V8 stack Node has.
  const pair = <E extends Error>(make: () => E, firefox: string, v8: string) => [withStack(make(), firefox), withStack(make(), v8)] as const;
  const boom = () => pair(() => new Error('boom'), stacks('firefox').thrown, stacks('chromium').thrown);

  test('a logged error', () => {
    const [ff, node] = boom();
    expect(format(ff)).toBe(util.format(node));
    expect(format(ff)).toBe('Error: boom\n    at f (welcome.ts:1:22)\n    at welcome.ts:3:7');
  });

  test('an engine TypeError, in WebKit', () => {
    const err = withStack(new TypeError("null is not an object (evaluating 'null.x')"), stacks('webkit').typeError);
    expect(format(err)).toBe(`TypeError: null is not an object (evaluating 'null.x')\n    at ${file('webkit')}:19:11`);
  });

  test('nested in objects and arrays, with extra properties', () => {
    const [ff, node] = boom();
    Object.assign(ff, { code: 'E_BOOM' });
    Object.assign(node, { code: 'E_BOOM' });
    expect(format({ error: ff, list: [ff] })).toBe(util.format({ error: node, list: [node] }));
    expect(format('failed:', ff)).toBe(util.format('failed:', node));
    expect(format('%o', ff)).toBe(util.format('%o', node));
  });

  test('cause and AggregateError', () => {
    const [innerFf, innerNode] = boom();
    const outerFf = withStack(new Error('outer', { cause: innerFf }), stacks('firefox').top);
    const outerNode = withStack(new Error('outer', { cause: innerNode }), stacks('chromium').top.replace('top', 'outer'));
    expect(format(outerFf)).toBe(util.format(outerNode));
    expect(format(outerFf)).toContain('[cause]: Error: boom\n      at f (welcome.ts:1:22)');
    const aggFf = withStack(new AggregateError([innerFf], 'many'), stacks('firefox').aggregate);
    const aggNode = withStack(new AggregateError([innerNode], 'many'), stacks('chromium').aggregate);
    expect(format(aggFf)).toBe(util.format(aggNode));
    expect(format(aggFf)).toMatch(/^AggregateError: many\n {4}at welcome\.ts:27:13 \{\n {2}\[errors\]: \[\n {4}Error: boom\n {8}at f/);
  });

  test('a subclass and a circular reference', () => {
    class MyError extends Error {
      constructor(m: string) {
        super(m);
        this.name = 'MyError';
      }
    }
    const [ff, node] = pair(() => new MyError('mine'), stacks('firefox').custom, stacks('chromium').custom);
    expect(format(ff)).toBe('MyError: mine\n    at MyError (welcome.ts:29:48)\n    at welcome.ts:30:12');
    (ff as unknown as Record<string, unknown>).self = ff;
    (node as unknown as Record<string, unknown>).self = node;
    expect(format(ff)).toMatch(/^<ref \*1> MyError: mine\n[\s\S]*self: \[Circular \*1\]/);
    expect(format(node)).toMatch(/^<ref \*1> MyError: mine\n[\s\S]*self: \[Circular \*1\]/);
  });

  test('uncaught: inspect, and console.dir without custom inspection', () => {
    const [ff, node] = boom();
    expect(inspect(ff)).toBe(util.inspect(node));
    expect(inspect(ff, { customInspect: false })).toBe(util.inspect(node, { customInspect: false }));
    expect(inspect({ e: ff }, { depth: 0 })).toBe(util.inspect({ e: node }, { depth: 0 }));
  });

  test('a stack set to other text prints as Node prints it', () => {
    const ff = withStack(new Error('x'), 'not a stack');
    const node = withStack(new Error('x'), 'not a stack');
    expect(format(ff)).toBe(util.format(node));
  });

  test('no getter of the example’s runs', () => {
    let calls = 0;
    const trap = () => {
      calls++;
      throw new Error('getter ran');
    };
    class Sneaky extends Error {
      get name() { return trap(); }
    }
    const err = withStack(new Sneaky('quiet'), stacks('firefox').thrown);
    Object.defineProperty(err, 'cause', { get: trap, enumerable: false, configurable: true });
    Object.defineProperty(err, 'extra', { get: trap, enumerable: true, configurable: true });
    const text = format(err);
    expect(calls).toBe(0);
    expect(text).toMatch(/^Sneaky: quiet\n {4}at f \(welcome\.ts:1:22\)/);
    expect(text).toContain('extra: [Getter]');

    const lying = new Error('kept');
    Object.defineProperty(lying, 'stack', { get: trap, configurable: true });
    expect(format(lying)).toBe('[Error: kept]');
    expect(errorStack(lying)).toBe('Error: kept');
    expect(calls).toBe(0);
  });

  test('the hook is gone once formatting is over', () => {
    format(new Error('x'));
    expect(Object.getOwnPropertySymbols(Error.prototype)).toEqual([]);
    expect(Symbol.for('nodejs.util.inspect.custom') in new Error('y')).toBe(false);
  });

  test('an inspect hook of the example’s is left alone', () => {
    const custom = Symbol.for('nodejs.util.inspect.custom');
    class Custom extends Error {
      [custom]() { return 'custom view'; }
    }
    expect(format(withStack(new Custom('x'), stacks('firefox').thrown))).toBe('custom view');
  });
});
