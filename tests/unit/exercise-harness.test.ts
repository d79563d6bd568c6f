// The check harness against code that fights it: whatever the reader's module does, every
// row gets a clear failing outcome, nothing escapes the harness, and nothing passes. Run under
// Node with one exercise's checks (chapter 1's load-profile), as the page runs them.
import { describe, expect, test } from 'vitest';
import { runChecks } from '../support/exercises';
import { describeOutcome, settleOutcomes, type Outcome, type Why } from '../../src/playground/exercise/outcome';
import { photographBuiltins } from '../../src/playground/exercise/integrity';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh-cn.json';

const ID = '01-generators-to-async-await/load-profile';
const SOLUTION = 'export async function loadProfile(id: number, api: { user(id: number): Promise<string>; posts(id: number): Promise<string[]> }) { const [user, posts] = await Promise.all([api.user(id), api.posts(id)]); return { user, posts }; }';
const kinds = (outcomes: Outcome[]) => outcomes.map((o) => (o.result === 'pass' ? 'pass' : o.why.kind));

describe('hostile modules', () => {
  test('a top level that throws fails the first row with its error, and the rest as blocked', async () => {
    const run = await runChecks(ID, "throw new TypeError('boom');\n" + SOLUTION);
    expect(run.code).toBe(0);
    // Said once, on the first row; the others point there.
    expect(run.outcomes).toEqual([{ result: 'fail', why: { kind: 'top-level-threw', error: 'TypeError: boom' } }, { result: 'fail', why: { kind: 'not-run', because: 'blocked' } }, { result: 'fail', why: { kind: 'not-run', because: 'blocked' } }]);
  });

  test('deleting and replacing the built-ins the checks use fails the first row, naming them, and blocks the rest', async () => {
    const run = await runChecks(ID, "delete (globalThis as any).setTimeout; (globalThis as any).Promise = null; Object.defineProperty(Array.prototype, 'map', { value: () => [] });\n" + SOLUTION.replace('Promise.all', 'Promise.prototype.constructor.all'));
    expect(run.code).toBe(0);
    expect(kinds(run.outcomes)).toEqual(['tampered', 'not-run', 'not-run']);
    expect((run.outcomes[0] as { why: Extract<Why, { kind: 'tampered' }> }).why.names).toEqual(expect.arrayContaining(['Promise', 'setTimeout', 'Array.prototype.map']));
  });

  test('making every comparison succeed does not pass: the lie is found', async () => {
    const run = await runChecks(ID, "JSON.stringify = () => 'same'; Object.is = () => true; (Object.prototype as any).then = undefined;\nexport async function loadProfile() { return {}; }");
    expect(kinds(run.outcomes)).toEqual(['tampered', 'not-run', 'not-run']);
  });

  test('a built-in replaced during a check fails that check, and the next one gets the original back', async () => {
    const run = await runChecks(ID, `let calls = 0;\n${SOLUTION.replace('{ const [user', "{ if (++calls === 1) Array.prototype.sort = function () { return this; }; const [user")}`);
    expect(run.code).toBe(0);
    expect(kinds(run.outcomes)).toEqual(['tampered', 'pass', 'pass']);
  });

  test('a module that never finishes its top level fails the first row as timed out, and blocks the rest', async () => {
    const run = await runChecks(ID, 'await new Promise(() => {});\n' + SOLUTION);
    expect(kinds(run.outcomes)).toEqual(['top-level-timeout', 'not-run', 'not-run']);
  });

  test('a function that never settles times out its checks, one by one', async () => {
    const run = await runChecks(ID, 'export function loadProfile() { return new Promise(() => {}); }');
    expect(kinds(run.outcomes)).toEqual(['timeout', 'timeout', 'within']);
  });

  test('a million console.log calls are output, not a pass', async () => {
    const run = await runChecks(ID, "for (let i = 0; i < 1_000_000; i++) console.log('user 3', i);\nexport const loadProfile = 'user 3';");
    expect(run.code).toBe(0);
    expect(run.printed.length).toBe(1_000_000);
    expect(kinds(run.outcomes)).toEqual(['threw', 'threw', 'threw']);
  });

  test('a missing export fails the first row with its name, and the rest as blocked', async () => {
    const run = await runChecks(ID, 'export const loadprofile = 1;');
    expect(run.outcomes).toEqual([{ result: 'fail', why: { kind: 'missing', name: 'loadProfile' } }, { result: 'fail', why: { kind: 'not-run', because: 'blocked' } }, { result: 'fail', why: { kind: 'not-run', because: 'blocked' } }]);
  });

  test("an error thrown in the reader's timer callback fails the check that was running, and the rest go on", async () => {
    const run = await runChecks(ID, `let calls = 0;\n${SOLUTION.replace('{ const [user', "{ if (++calls === 1) setTimeout(() => { throw new RangeError('late'); }, 1); const [user")}`);
    expect(run.code).toBe(0);
    expect(run.outcomes[0]).toMatchObject({ result: 'fail', why: { kind: 'uncaught', error: 'RangeError: late', rejection: false } });
    expect(kinds(run.outcomes).slice(1)).toEqual(['pass', 'pass']);
  });
});

describe('the built-ins photograph', () => {
  test('sees a replaced, a deleted and an added property, and puts them back', () => {
    const scope = { Promise: class {}, JSON: { stringify: () => '' }, Array, keep: 1 } as unknown as Record<string, unknown>;
    const photo = photographBuiltins(scope, []);
    expect(photo.changed()).toEqual([]);
    const json = scope.JSON as Record<string, unknown>;
    const stringify = json.stringify;
    json.stringify = () => 'x';
    delete scope.keep;
    (Array.prototype as unknown as Record<string, unknown>).extra = 1;
    scope.mine = 2;
    expect(photo.changed().sort()).toEqual(['Array.prototype.extra', 'JSON.stringify', 'keep']);
    expect(photo.restore()).toBe(true);
    expect(json.stringify).toBe(stringify);
    expect(scope.keep).toBe(1);
    expect('extra' in Array.prototype).toBe(false);
    expect(photo.changed()).toEqual([]);
  });

  test('says when a property was made impossible to restore', () => {
    const scope = { JSON: { stringify: () => '' } } as unknown as Record<string, Record<string, unknown>>;
    const photo = photographBuiltins(scope, []);
    Object.defineProperty(scope.JSON, 'stringify', { value: () => 'x', configurable: false, writable: false });
    expect(photo.restore()).toBe(false);
  });
});

describe('the rows in words', () => {
  const whys: Why[] = [
    { kind: 'failed', expected: { en: 'a', 'zh-cn': '甲' }, happened: { en: 'b', 'zh-cn': '乙' } },
    { kind: 'equal', what: { en: 'the result', 'zh-cn': '结果' }, expected: '[ 1 ]', actual: '[]' },
    { kind: 'within', what: { en: 'it settles', 'zh-cn': '结束' }, ms: 400 },
    { kind: 'threw', error: 'TypeError: x' },
    { kind: 'uncaught', error: 'Error: y', rejection: true },
    { kind: 'uncaught', error: 'Error: y', rejection: false },
    { kind: 'timeout', ms: 2000 },
    { kind: 'tampered', names: ['Promise'] },
    { kind: 'missing', name: 'take' },
    { kind: 'top-level-threw', error: 'Error: z' },
    { kind: 'top-level-timeout', ms: 3000 },
    ...(['stopped', 'watchdog', 'not-compiled', 'crashed', 'skipped', 'blocked'] as const).map((because) => ({ kind: 'not-run' as const, because })),
  ];
  const table = (t: Record<string, string>) => Object.fromEntries(Object.entries(t).filter(([k]) => k.startsWith('ex.')).map(([k, v]) => [k.slice(3), v]));

  test.each([['en', table(en)], ['zh-cn', table(zh)]] as const)('every kind of failure reads as words in %s, no placeholder left', (lang, s) => {
    for (const why of whys) {
      const words = describeOutcome(why, 'the name', lang, s);
      for (const text of [words.expected, words.happened]) {
        expect(text, why.kind).toMatch(/\S/);
        expect(text, why.kind).not.toMatch(/\{\w+\}|undefined/);
      }
    }
    expect(describeOutcome(whys[1], 'n', lang, s).expected).toContain('[ 1 ]');
    expect(describeOutcome(whys[2], 'n', lang, s).expected).toContain('400');
  });

  test('a run that ends early: the running check has its reason, the later ones did not start', () => {
    const pass: Outcome = { result: 'pass', from: 0, to: 1 };
    const why = (o: Outcome) => (o.result === 'fail' && o.why.kind === 'not-run' ? o.why.because : o.result);
    expect(settleOutcomes(4, [pass], 'watchdog').map(why)).toEqual(['pass', 'watchdog', 'skipped', 'skipped']);
    expect(settleOutcomes(3, [pass], 'stopped').map(why)).toEqual(['pass', 'stopped', 'stopped']);
    expect(settleOutcomes(2, [], 'not-compiled').map(why)).toEqual(['not-compiled', 'not-compiled']);
    expect(settleOutcomes(2, [pass, pass], 'done').map(why)).toEqual(['pass', 'pass']);
    expect(settleOutcomes(2, [pass], 'done').map(why)).toEqual(['pass', 'crashed']);
  });
});

describe('the timeline beside a failing row', () => {
  test("shows the reader's tasks and the fakes they call, not the check and its helpers", async () => {
    const { checkLanes } = await import('../../src/playground/exercise/client/rows');
    const task = (id: number, name: string, parent: number) => ({ t: 0, task: id, kind: 'task' as const, name, args: [], gen: false, parent });
    const events = [
      task(1, 'run', 0), // the check, called by the harness
      task(2, 'collect', 1), // a helper of the check's
      task(3, '', 2), // an anonymous function inside it
      task(4, 'fromCallbacks', 1), // the reader's code
      task(5, 'user', 4), // a fake the reader's code calls
      task(6, '', 4), // the reader's own anonymous callback
    ];
    expect([...checkLanes(events, new Set(['run', 'collect', 'user']))].sort()).toEqual([0, 1, 2, 3]);
  });
});
