import { defineChecks, type CheckContext } from '../../../../src/playground/exercise/api';
import type * as Solution from './solution';

/**
 * A source of 1, 2, 3, … (up to `length`) that counts the calls of its next() and return().
 * Each item takes a millisecond: a loop that never stops still lets the check's time limit fire.
 */
function source(t: CheckContext, length = Infinity) {
  const calls = { next: 0, return: 0 };
  let i = 0;
  const iterable: AsyncIterable<number> = {
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        calls.next++;
        await t.sleep(1);
        return i < length ? { value: ++i, done: false } : { value: undefined, done: true };
      },
      return: async () => {
        calls.return++;
        return { value: undefined, done: true };
      },
    }),
  };
  return { iterable, calls };
}

async function collect<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const got: T[] = [];
  for await (const item of gen) got.push(item);
  return got;
}

const items = (n: number) => ({ en: `${n} item${n === 1 ? '' : 's'}`, 'zh-cn': `${n} 项` });

export default defineChecks<typeof Solution>({
  exports: ['take'],
  checks: [
    {
      id: 'first-n',
      name: { en: 'yields the first n items', 'zh-cn': '产出前 n 项' },
      async run({ take }, t) {
        t.equal(await t.within(collect(take(source(t).iterable, 3)), 500, { en: 'take(source, 3) ends', 'zh-cn': 'take(source, 3) 结束' }), [1, 2, 3], { en: 'what take(source, 3) yielded', 'zh-cn': 'take(source, 3) 产出的值' });
      },
    },
    {
      id: 'short-source',
      name: { en: 'stops with the source when it has fewer', 'zh-cn': '数据源不足 n 项时随它结束' },
      async run({ take }, t) {
        t.equal(await collect(take(source(t, 2).iterable, 5)), [1, 2], { en: 'what take(a source of 2 items, 5) yielded', 'zh-cn': 'take(只有 2 项的数据源, 5) 产出的值' });
      },
    },
    {
      id: 'asks-for-n',
      name: { en: 'asks the source for no more than n items', 'zh-cn': '向数据源要的项不超过 n 个' },
      async run({ take }, t) {
        const { iterable, calls } = source(t);
        await t.within(collect(take(iterable, 3)), 500, { en: 'take(source, 3) ends', 'zh-cn': 'take(source, 3) 结束' });
        if (calls.next !== 3) {
          return t.fail({
            expected: { en: "take(source, 3) calls the source's next() 3 times", 'zh-cn': "take(source, 3) 调用数据源的 next() 3 次" },
            happened: { en: `it asked the source for ${items(calls.next).en}`, 'zh-cn': `它向数据源要了 ${items(calls.next)['zh-cn']}` },
          });
        }
        const zero = source(t);
        await collect(take(zero.iterable, 0));
        t.equal(zero.calls.next, 0, { en: "how often take(source, 0) called the source's next()", 'zh-cn': 'take(source, 0) 调用数据源 next() 的次数' });
      },
    },
    {
      id: 'cleans-up',
      name: { en: "lets the source clean up: calls its return() when it stops early", 'zh-cn': '让数据源完成清理：提前停下时调用它的 return()' },
      async run({ take }, t) {
        const { iterable, calls } = source(t);
        await t.within(collect(take(iterable, 2)), 500, { en: 'take(source, 2) ends', 'zh-cn': 'take(source, 2) 结束' });
        if (calls.return !== 1) {
          return t.fail({
            expected: { en: "the source's return() is called once, so its finally blocks run", 'zh-cn': '数据源的 return() 被调用一次，于是它的 finally 块会运行' },
            happened: calls.return === 0
              ? { en: "return() was never called: the source is left open", 'zh-cn': '从未调用 return()：数据源一直开着' }
              : { en: `return() was called ${calls.return} times`, 'zh-cn': `return() 被调用了 ${calls.return} 次` },
          });
        }
      },
    },
  ],
});
