import { defineChecks } from '../../../../src/playground/exercise/api';
import type * as Solution from './solution';

const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(resolve, ms, value));
const failLater = (ms: number, message: string) => new Promise<never>((_, reject) => setTimeout(reject, ms, new Error(message)));

/** How a promise settled, as words for `t.equal`. */
const settled = (p: Promise<unknown>) => p.then((value) => ({ resolved: value }), (error: unknown) => ({ rejected: String(error) }));

export default defineChecks<typeof Solution>({
  exports: ['drive'],
  checks: [
    {
      id: 'returns',
      name: { en: "resolves with the generator's return value", 'zh-cn': '以生成器的返回值兑现' },
      async run({ drive }, t) {
        t.equal(await settled(drive((function* () { return 42; })())), { resolved: 42 }, { en: 'drive of a generator that returns 42 at once', 'zh-cn': 'drive 一个直接返回 42 的生成器' });
      },
    },
    {
      id: 'resumes-with-values',
      name: { en: "resumes the generator with each promise's value", 'zh-cn': '用每个 Promise 的值恢复生成器' },
      async run({ drive }, t) {
        const seen: unknown[] = [];
        const result = await settled(drive((function* () {
          seen.push(yield later(30, 'a'));
          seen.push(yield later(10, 'b'));
          seen.push(yield 'plain');
          return seen.length;
        })()));
        t.equal(seen, ['a', 'b', 'plain'], { en: 'what the three yields gave back', 'zh-cn': '三个 yield 得到的值' });
        t.equal(result, { resolved: 3 }, { en: 'how drive settled', 'zh-cn': 'drive 的结果' });
      },
    },
    {
      id: 'throws-in',
      name: { en: "a rejection is thrown into the generator, where its try/catch can catch it", 'zh-cn': '拒绝会抛进生成器，由它的 try/catch 捕获' },
      async run({ drive }, t) {
        const result = await settled(drive((function* () {
          try {
            yield failLater(10, 'offline');
            return 'not reached';
          } catch (err) {
            return `caught ${(err as Error).message}`;
          }
        })()));
        if ('rejected' in result) {
          return t.fail({
            expected: { en: "the generator catches the rejection at its yield and returns 'caught offline'", 'zh-cn': "生成器在 yield 处捕获拒绝，并返回 'caught offline'" },
            happened: { en: `drive rejected with ${result.rejected}: the rejection never went into the generator`, 'zh-cn': `drive 以 ${result.rejected} 拒绝：拒绝从未进入生成器` },
          });
        }
        t.equal(result, { resolved: 'caught offline' }, { en: 'how drive settled', 'zh-cn': 'drive 的结果' });
      },
    },
    {
      id: 'rejects',
      name: { en: 'rejects when the generator throws', 'zh-cn': '生成器抛出错误时拒绝' },
      async run({ drive }, t) {
        const result = await settled(drive((function* () {
          yield later(10, 1);
          throw new RangeError('too big');
        })()));
        t.equal(result, { rejected: 'RangeError: too big' }, { en: 'how drive settled', 'zh-cn': 'drive 的结果' });
        const uncaught = await settled(drive((function* () {
          yield failLater(10, 'lost');
        })()));
        t.equal(uncaught, { rejected: 'Error: lost' }, { en: 'how drive settled when the generator does not catch a rejection', 'zh-cn': '生成器不捕获拒绝时 drive 的结果' });
      },
    },
    {
      id: 'later-microtask',
      name: { en: 'resumes after a yield in a later microtask, as await does', 'zh-cn': '像 await 一样，在之后的微任务里从 yield 恢复' },
      async run({ drive }, t) {
        let returned = false;
        let sawReturned: boolean | undefined;
        const done = drive((function* () {
          yield 'plain';
          sawReturned = returned;
        })());
        returned = true;
        await done;
        if (sawReturned !== true) {
          return t.fail({
            expected: { en: 'after `yield plain`, the generator goes on only once drive() has returned', 'zh-cn': '`yield plain` 之后，生成器要等 drive() 返回后才继续' },
            happened: { en: 'it resumed inside the drive() call, before drive() returned', 'zh-cn': '它在 drive() 调用之内就恢复了，drive() 还没有返回' },
          });
        }
      },
    },
  ],
});
