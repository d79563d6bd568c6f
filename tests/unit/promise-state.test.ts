// The sandbox prints a promise's state as Node does (sandbox/promise-state.ts): each
// program runs plainly under Node, printing with Node's util.inspect, and instrumented as
// the playground runs it, printing with the sandbox's formatter. The two outputs must be
// the same line for line, the order of every microtask included, so the tracking neither
// misreads a state nor moves a promise's settling by a tick.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileExample } from '../../src/playground/build/examples';
import { instrument } from '../../src/playground/trace/instrument';
import { runTracedJs } from '../support/traced';

const dir = mkdtempSync(join(tmpdir(), 'ag-promises-'));

function plainNode(js: string, name: string): { code: number; output: string } {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, js);
  try {
    return { code: 0, output: execFileSync('sh', ['-c', `"${process.execPath}" --no-warnings "${file}" 2>&1`], { encoding: 'utf8' }) };
  } catch (err) {
    const { status, stdout } = err as { status: number; stdout: string };
    return { code: status, output: stdout };
  }
}

// Stacks differ between a plain and an instrumented run: the programs give their errors fixed ones.
const PRELUDE = [
  "const fixed = (e: Error) => { e.stack = `${e.name}: ${e.message}\\n    at program`; return e; };",
  'const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));',
  'const tick = () => Promise.resolve();',
].join('\n');

const programs: Record<string, string> = {
  'the statics: resolve, reject, withResolvers, try and the combinators': `
    console.log(Promise.resolve(5), Promise.resolve('five'), Promise.resolve(undefined));
    const rejected = Promise.reject(fixed(new Error('boom')));
    rejected.catch(() => {});
    console.log(rejected);
    const { promise, resolve } = Promise.withResolvers<number>();
    console.log(promise); resolve(9); console.log(promise);
    const tried = Promise.try(() => 3); console.log(tried);
    const all = Promise.all([1, Promise.resolve(2), sleep(5).then(() => 3)]);
    const race = Promise.race([sleep(5), Promise.resolve('first')]);
    const any = Promise.any([Promise.reject(1), Promise.reject(2)]);
    any.catch(() => {});
    const settled = Promise.allSettled([Promise.reject(0), 1]);
    console.log(all, race, settled);
    await tick(); console.log(race, settled, any);
    await sleep(10); console.log(all, settled);
    const same = Promise.resolve(4);
    console.log(Promise.resolve(same) === same, Promise.resolve(same));
  `,
  'new Promise: settled in the executor, by a thenable, or by the executor throwing': `
    console.log(new Promise((r) => r(1)), new Promise(() => {}));
    const thrown = new Promise(() => { throw fixed(new TypeError('in the executor')); });
    thrown.catch(() => {});
    console.log(thrown);
    const first = new Promise((resolve, reject) => { resolve('kept'); reject(new Error('ignored')); });
    console.log(first);
    // Resolved with another promise: it takes two more microtasks, as Node shows.
    const adopted = new Promise((r) => r(Promise.resolve('adopted')));
    const thenable = new Promise((r) => r({ then(done: (v: string) => void) { done('from a thenable'); } }));
    for (let i = 0; i < 4; i++) { console.log(i, adopted, thenable); await null; }
    const later = new Promise((r) => setTimeout(() => r([1, { a: 2 }]), 5));
    console.log(later); await later; console.log(later);
  `,
  'then, catch and finally, tick by tick': `
    const base = Promise.resolve(1);
    const doubled = base.then((v) => v * 2);
    const failed = base.then(() => { throw fixed(new RangeError('in then')); });
    const caught = failed.catch((e: Error) => e.message);
    const viaPromise = base.then((v) => sleep(5).then(() => v + 10));
    const finished = doubled.finally(() => 'ignored');
    for (let i = 0; i < 5; i++) {
      console.log(i, doubled, failed, caught, finished, viaPromise);
      await null;
    }
    await viaPromise;
    console.log(viaPromise);
  `,
  'async functions called by name': `
    async function quick() { return { answer: 42 }; }
    async function slow(ms: number) { await sleep(ms); return 'late'; }
    async function fails() { throw fixed(new Error('async failure')); }
    const arrow = async (n: number) => n * 2;
    const object = { async method() { return 'method'; } };
    const q = quick(); const s = slow(5); const f = fails(); const a = arrow(4); const m = object.method();
    f.catch(() => {});
    console.log(q, s, f, a, m);
    await s;
    console.log(s);
  `,
  'promises nested in objects, arrays and maps': `
    const nested = { a: Promise.resolve({ deep: { deeper: { deepest: 1 } } }), b: [Promise.resolve([[1]]), new Promise(() => {})] };
    console.log(nested);
    console.log(new Map([['k', Promise.resolve('v')]]), [[Promise.reject(0).catch(() => 'handled')]]);
    const own = Promise.resolve(1) as Promise<number> & { extra?: number };
    own.extra = 2;
    console.log(own);
  `,
  'an unhandled rejection is still fatal': `
    const p = Promise.reject(fixed(new Error('nobody catches this')));
    console.log(p);
  `,
  'what the program can see of the patches': `
    let seen: unknown;
    const p = new Promise((r) => { seen = r; r(1); });
    console.log(p, seen, (seen as Function).length, (seen as Function).name === '');
    console.log(Promise.resolve.name, Promise.resolve.length, Promise.all.length, Promise.prototype.then.name, Promise.prototype.then.length);
    console.log(p.constructor === Promise, Object.getPrototypeOf(p) === Promise.prototype, p instanceof Promise);
    console.log(Object.keys(Promise), Object.keys(Promise.prototype), Object.keys(globalThis).includes('__agp'));
  `,
};

describe('promises print their state as in Node', () => {
  test.concurrent.each(Object.entries(programs))('%s', async (name, body) => {
    const source = `${PRELUDE}\n${body.replace(/^ {4}/gm, '').trim()}\n`;
    const slug = name.replace(/\W+/g, '-');
    const { js, map } = await compileExample(source, `${slug}.ts`);
    const expected = plainNode(js, slug);
    const sandbox = await runTracedJs(instrument(js, map, `${slug}.ts`).js, slug, 'tests/support/promise-runner.ts');
    const printed = (text: string) => text.split('\n').filter((l) => !/^\s+at |^Node\.js v|file:\/\/|^\s*\^|^$/.test(l)).join('\n');
    expect(expected.output).toContain('Promise {');
    expect(printed(sandbox.output)).toBe(printed(expected.output));
    expect(sandbox.code).toBe(expected.code);
  });
});
