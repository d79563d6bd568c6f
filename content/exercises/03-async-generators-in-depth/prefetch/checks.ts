import { defineChecks, type CheckContext } from '../../../../src/playground/exercise/api';
import { fakeStream, ms } from '../fake-stream';
import type * as Solution from './solution';

/** The loop's own work on an item: a timer, so it shows on the timeline. */
const work = (every: number) => new Promise<void>((resolve) => setTimeout(resolve, every));

/** Reads `gen` to its end or its error, working `every` ms per item; what it got, when each was done, what it caught. */
async function consume(t: CheckContext, gen: AsyncIterable<string>, every: number, stopAfter = Infinity) {
  const got: string[] = [];
  const doneAt: number[] = [];
  let caught: unknown;
  const loop = (async () => {
    try {
      for await (const item of gen) {
        got.push(item);
        await work(every);
        doneAt.push(t.now());
        if (got.length === stopAfter) break;
      }
    } catch (err) {
      caught = err;
    }
  })();
  await t.within(loop, 1500, { en: 'the for await loop ends', 'zh-cn': '`for await` 循环结束' });
  return { got, doneAt, caught };
}

export default defineChecks<typeof Solution>({
  exports: ['prefetch'],
  checks: [
    {
      id: 'in-order',
      name: { en: "yields the source's items in order, and ends with it", 'zh-cn': '按顺序产出数据源的每一项，并随它结束' },
      async run({ prefetch }, t) {
        const { stream } = fakeStream(t, 'x', 4, 10);
        const { got, caught } = await consume(t, prefetch(stream), 0);
        if (caught !== undefined) throw caught;
        t.equal(got, ['x1', 'x2', 'x3', 'x4'], { en: 'the items it yielded', 'zh-cn': '它产出的项' });
      },
    },
    {
      id: 'overlap',
      name: { en: 'fetches the next item while the loop works on this one', 'zh-cn': '循环处理当前这一项时，就去取下一项' },
      async run({ prefetch }, t) {
        // Both sides take 50 ms an item: overlapped about 250 ms for four items, added up about 400 ms.
        const { stream, log } = fakeStream(t, 'x', 4, 50);
        const { doneAt } = await consume(t, prefetch(stream), 50);
        for (let i = 0; i + 1 < log.asked.length && i < doneAt.length; i++) {
          if (log.asked[i + 1] >= doneAt[i]) {
            return t.fail({
              expected: { en: `the source is asked for item ${i + 2} while the loop is still working on item ${i + 1}`, 'zh-cn': `循环还在处理第 ${i + 1} 项时，就已向数据源要第 ${i + 2} 项` },
              happened: {
                en: `item ${i + 2} was asked for at ${ms(log.asked[i + 1])}, after the loop had finished item ${i + 1} at ${ms(doneAt[i])}: the two waits added up, ${ms(doneAt.at(-1))} for four items`,
                'zh-cn': `第 ${i + 2} 项在 ${ms(log.asked[i + 1])} 才被要，而循环已在 ${ms(doneAt[i])} 处理完第 ${i + 1} 项：两边的等待叠加了起来，四项共用 ${ms(doneAt.at(-1))}`,
              },
              show: 'timeline',
            });
          }
        }
        t.equal(doneAt.length, 4, { en: 'items the loop got', 'zh-cn': '循环拿到的项数' });
      },
    },
    {
      id: 'one-ahead',
      name: { en: 'runs one item ahead, no more', 'zh-cn': '只领先一项，不多取' },
      async run({ prefetch }, t) {
        const { stream, log } = fakeStream(t, 'x', 6, 10);
        const gen = prefetch(stream);
        await t.within(gen.next(), 500, { en: 'the first item', 'zh-cn': '第一项' });
        await t.sleep(150); // the loop holds item 1 for a long while
        const asked = log.asked.length;
        await gen.return();
        if (asked > 2) {
          return t.fail({
            expected: { en: 'while the loop holds item 1, the source has been asked for items 1 and 2 only', 'zh-cn': '循环拿着第 1 项时，数据源只被要了第 1、2 项' },
            happened: {
              en: `by then the source had been asked for ${asked} items: prefetch drained it instead of staying one item ahead`,
              'zh-cn': `那时数据源已经被要了 ${asked} 项：prefetch 把它整个读空了，而不是只领先一项`,
            },
          });
        }
      },
    },
    {
      id: 'cleans-up',
      name: { en: "on break, lets the source clean up before the loop goes on", 'zh-cn': 'break 时，循环继续往下之前让数据源完成清理' },
      async run({ prefetch }, t) {
        const { stream, log } = fakeStream(t, 'x', 5, 20);
        await consume(t, prefetch(stream), 0, 2);
        const ranBy = log.end;
        if (ranBy === undefined) {
          await t.sleep(100);
          return t.fail({
            expected: { en: "when the code after the loop runs, the source's finally has run", 'zh-cn': '循环之后的代码运行时，数据源的 finally 已经运行' },
            happened: log.end === undefined
              ? { en: "the source's finally never ran: its return() was not called", 'zh-cn': '数据源的 finally 从未运行：没有调用它的 return()' }
              : { en: "the source's finally ran only later: the loop went on before the source had cleaned up", 'zh-cn': '数据源的 finally 后来才运行：数据源还没清理完，循环就继续往下了' },
          });
        }
      },
    },
    {
      id: 'failed-ahead',
      name: { en: 'an item that fails after the loop has left is no unhandled error', 'zh-cn': '循环离开后才失败的那一项，不会成为无人处理的错误' },
      async run({ prefetch }, t) {
        // Item 3 is in flight when the loop breaks after item 2, and fails 20 ms later.
        const { stream } = fakeStream(t, 'x', 5, 20, 3);
        const { caught } = await consume(t, prefetch(stream), 0, 2);
        if (caught !== undefined) throw caught;
        await t.sleep(60);
      },
    },
    {
      id: 'source-error',
      name: { en: "passes the source's error on to the loop", 'zh-cn': '把数据源的错误传给循环' },
      async run({ prefetch }, t) {
        const { stream } = fakeStream(t, 'x', 4, 10, 3);
        const { got, caught } = await consume(t, prefetch(stream), 0);
        t.equal(got, ['x1', 'x2'], { en: 'the items before the error', 'zh-cn': '出错之前的项' });
        t.equal(t.show(caught), 'Error: ECONNRESET', { en: 'what the loop caught', 'zh-cn': '循环捕获到的错误' });
      },
    },
  ],
});
