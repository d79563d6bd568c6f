// Engine messages that quote the failing expression quote what the reader wrote, not the hooks.
import { describe, expect, test } from 'vitest';
import { stripHooks } from '../../src/playground/trace/strip-hooks';

describe('stripHooks', () => {
  test.each([
    // JavaScriptCore quotes the expression it evaluated.
    ["undefined is not an object (evaluating '__ag.r(__agT, await __ag.s(__agT, user())).name')", "undefined is not an object (evaluating '(await user()).name')"],
    ["undefined is not a function (near '...yield* __ag.d(__agT, broken)...')", "undefined is not a function (near '...yield* broken...')"],
    // SpiderMonkey shortens calls to f(...).
    ['can\'t access property "name", __ag.r(...) is undefined', 'can\'t access property "name", (intermediate value) is undefined'],
    // Nested hooks, strings with parentheses inside, a yield, a statement-level await.
    ["'__ag.r(__agT, await __ag.s(__agT, f(')', __ag.r(__agT, await __ag.s(__agT, g())))))'", "'await f(')', await g())'"],
    ['yield __ag.y(__agT, value)', 'yield value'],
    ['__ag.r(0, await __ag.s(0, x));', 'await x;'],
    // Cut short by the engine: what is left is kept.
    ["(evaluating '__ag.r(__agT, await __ag.s(__agT, a", "(evaluating 'await a"],
    // The promise hooks (trace/promise-sites.ts), the callee's name after an `ap` call included.
    ["undefined is not an object (evaluating '__agp.ap(__agp.c(), load(1), \"load\").then')", "undefined is not an object (evaluating 'load(1).then')"],
    ["(evaluating '__agp.np(new Promise(__agp.px(run))).x')", "(evaluating 'new Promise(run).x')"],
    ['return __agp.ar(__agR, __agp.ap(__agp.c(), f(), "f"))', 'return f()'],
    ['__agp.ap(...) is undefined', '(intermediate value) is undefined'],
    ['TypeError: plain message', 'TypeError: plain message'],
  ])('%s', (input, expected) => {
    expect(stripHooks(input)).toBe(expected);
  });
});
