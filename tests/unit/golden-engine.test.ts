// A golden line that prints the engine's own error message is marked: each engine words
// the message its own way, but must name the same error class.
import { describe, expect, test } from 'vitest';
import { diffOutput, ENGINE_MARK, keepEngineMarks } from '../support/golden';

const golden = `TypeError: undefined is not a function${ENGINE_MARK}\nfixed 0`;

describe('engine-specific golden lines', () => {
  test.each([
    ['V8 (Node, Chromium)', 'TypeError: undefined is not a function'],
    ['SpiderMonkey (Firefox)', 'TypeError: (intermediate value).next is not a function'],
    ["JavaScriptCore (Safari)", "TypeError: undefined is not a function (near '...n of broken...')"],
  ])('%s passes', (_engine, line) => {
    expect(diffOutput(golden, `${line}\nfixed 0`)).toBeUndefined();
  });

  test('another error class, an empty message or other lines still fail', () => {
    expect(diffOutput(golden, 'RangeError: undefined is not a function\nfixed 0')).toMatch(/line 1/);
    expect(diffOutput(golden, 'TypeError: \nfixed 0')).toMatch(/line 1/);
    expect(diffOutput(golden, 'TypeError: other wording\nfixed 1')).toMatch(/line 2/);
    // Unmarked lines compare exactly, as before.
    expect(diffOutput('TypeError: undefined is not a function', 'TypeError: (intermediate value).next is not a function')).toMatch(/line 1/);
  });

  test('regenerating a golden file keeps its marks', () => {
    expect(keepEngineMarks(golden, 'TypeError: undefined is not a function\nfixed 0\nnew line')).toBe(`${golden}\nnew line`);
    expect(keepEngineMarks(undefined, 'a\nb')).toBe('a\nb');
  });
});
