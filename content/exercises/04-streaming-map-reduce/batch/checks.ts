import { defineChecks, type CheckContext } from '../../../../src/playground/exercise/api';
import type * as Solution from './solution';

/** The numbers 1 … count, 5 ms apart; it counts the items it handed out and notes whether its finally ran. */
function numbers(t: CheckContext, count: number) {
  const state = { handed: 0, finallyRan: false };
  async function* source(): AsyncGenerator<number, void, undefined> {
    try {
      for (let i = 1; i <= count; i++) {
        await t.sleep(5);
        state.handed++;
        yield i;
      }
    } finally {
      state.finallyRan = true;
    }
  }
  return { source: source(), state };
}

const collect = <T>(gen: AsyncIterable<T>) => Array.fromAsync(gen);

export default defineChecks<typeof Solution>({
  exports: ['batch'],
  checks: [
    {
      id: 'batches',
      name: { en: 'yields batches of size items, the last one shorter, never an empty one', 'zh-cn': '产出每批 size 项的批次，最后一批可以更短，绝不产出空批次' },
      async run({ batch }, t) {
        for (const [count, size] of [[7, 3], [6, 3], [0, 3], [2, 5]]) {
          const expected = Array.from({ length: Math.ceil(count / size) }, (_, b) =>
            Array.from({ length: Math.min(size, count - b * size) }, (_, i) => b * size + i + 1));
          const got = await t.within(collect(batch(numbers(t, count).source, size)), 500, {
            en: `batch(1 … ${count}, ${size}) ends`,
            'zh-cn': `batch(1 … ${count}, ${size}) 结束`,
          });
          t.equal(got, expected, { en: `the batches of the numbers 1 … ${count} in ${size}s`, 'zh-cn': `把 1 … ${count} 按每批 ${size} 个分成的批次` });
        }
      },
    },
    {
      id: 'streams',
      name: { en: 'yields the first batch as soon as it is full', 'zh-cn': '第一批一满就产出' },
      async run({ batch }, t) {
        const { source, state } = numbers(t, 9);
        const gen = batch(source, 3);
        await t.within(gen.next(), 500, { en: 'the first batch arrives', 'zh-cn': '第一批到达' });
        const handed = state.handed;
        await gen.return();
        if (handed !== 3) {
          return t.fail({
            expected: { en: 'when the first batch of 3 arrives, the source has handed out 3 items', 'zh-cn': '第一批 3 项到达时，数据源交出了 3 项' },
            happened: handed > 3
              ? { en: `by then the source had handed out ${handed} items: batch read ahead before yielding`, 'zh-cn': `那时数据源已经交出了 ${handed} 项：batch 在产出之前多读了` }
              : { en: `by then the source had handed out ${handed} items`, 'zh-cn': `那时数据源只交出了 ${handed} 项` },
          });
        }
      },
    },
    {
      id: 'stops-source',
      name: { en: 'a break after the first batch stops the source (its finally runs)', 'zh-cn': '第一批之后 break，数据源随之停下（它的 finally 会运行）' },
      async run({ batch }, t) {
        const { source, state } = numbers(t, 9);
        for await (const _ of batch(source, 3)) break;
        if (!state.finallyRan) {
          return t.fail({
            expected: { en: "when the consumer's loop goes on after its break, the source's finally has run", 'zh-cn': '消费者的循环在 break 之后继续往下时，数据源的 finally 已经运行' },
            happened: { en: "the source's finally had not run: batch left it paused, never told to stop", 'zh-cn': '数据源的 finally 还没有运行：batch 把它停在半路，没有告诉它停下' },
          });
        }
        t.equal(state.handed, 3, { en: 'items the source handed out', 'zh-cn': '数据源交出的项数' });
      },
    },
  ],
});
