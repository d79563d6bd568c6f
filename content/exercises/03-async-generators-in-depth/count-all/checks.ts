import { defineChecks } from '../../../../src/playground/exercise/api';
import { fakeStream, ms } from '../fake-stream';
import type * as Solution from './solution';

/** The results as `[3, 'rejected: Error: …']`, short enough to read in a row. */
function brief(results: unknown): unknown {
  if (!Array.isArray(results)) return results;
  return results.map((r: PromiseSettledResult<number>) => {
    if (r?.status === 'fulfilled') return r.value;
    if (r?.status === 'rejected') return `rejected: ${r.reason instanceof Error ? `${r.reason.name}: ${r.reason.message}` : String(r.reason)}`;
    return r;
  });
}

const what = { en: 'what countAll returned', 'zh-cn': 'countAll 返回的结果' };

export default defineChecks<typeof Solution>({
  exports: ['countAll'],
  checks: [
    {
      id: 'counts',
      name: { en: "counts each stream's messages, in the order of the streams", 'zh-cn': '统计每个流的消息数，按流的顺序排列' },
      async run({ countAll }, t) {
        // The first stream ends last: results kept in the order of finishing come out shuffled.
        const streams = [fakeStream(t, 'a', 3, 30), fakeStream(t, 'b', 1, 20), fakeStream(t, 'c', 2, 25)];
        const results = await t.within(countAll(streams.map((s) => s.stream)), 1000, { en: 'countAll settles', 'zh-cn': 'countAll 结束' });
        t.equal(brief(results), [3, 1, 2], what);
      },
    },
    {
      id: 'overlap',
      name: { en: 'reads all the streams at the same time', 'zh-cn': '同时读取所有的流' },
      async run({ countAll }, t) {
        const streams = ['a', 'b', 'c'].map((name) => fakeStream(t, name, 3, 50));
        await t.within(countAll(streams.map((s) => s.stream)), 1000, { en: 'countAll settles', 'zh-cn': 'countAll 结束' });
        const logs = streams.map((s, i) => ({ n: i + 1, start: s.log.asked[0], end: s.log.end }));
        const unread = logs.filter((l) => l.start === undefined).map((l) => l.n);
        if (unread.length > 0) {
          return t.fail({
            expected: { en: 'countAll reads every stream it is given', 'zh-cn': 'countAll 读取传给它的每一个流' },
            happened: { en: `it never asked stream ${unread.join(', ')} for a message`, 'zh-cn': `它从未向第 ${unread.join('、')} 个流要过消息` },
          });
        }
        for (const a of logs) {
          for (const b of logs) {
            if (a !== b && a.end !== undefined && b.start! >= a.end && a.start! <= b.start!) {
              return t.fail({
                expected: { en: `stream ${b.n} is read while stream ${a.n} is still waiting for its messages`, 'zh-cn': `第 ${a.n} 个流还在等待消息时，第 ${b.n} 个流就已开始读取` },
                happened: {
                  en: `stream ${b.n} was first read at ${ms(b.start)}, after stream ${a.n} had ended at ${ms(a.end)}: one waited for the other`,
                  'zh-cn': `第 ${b.n} 个流在 ${ms(b.start)} 才第一次被读取，而第 ${a.n} 个流已在 ${ms(a.end)} 结束：一个在等另一个`,
                },
                show: 'timeline',
              });
            }
          }
        }
      },
    },
    {
      id: 'one-fails',
      name: { en: 'a failing stream is reported, and the others are still counted', 'zh-cn': '失败的流会被报告，其他流照样计数' },
      async run({ countAll }, t) {
        const streams = [fakeStream(t, 'a', 3, 20), fakeStream(t, 'b', 3, 30, 2), fakeStream(t, 'c', 3, 40)];
        const outcome = await t.within(
          countAll(streams.map((s) => s.stream)).then((results) => ({ results }), (error: unknown) => ({ error })),
          1000,
          { en: 'countAll settles', 'zh-cn': 'countAll 结束' },
        );
        if ('error' in outcome) {
          await t.sleep(150); // let the other streams run out before the next check starts
          return t.fail({
            expected: { en: 'countAll resolves, with the failed stream reported among the results', 'zh-cn': 'countAll 正常返回，失败的流作为结果之一被报告' },
            happened: {
              en: `countAll rejected with ${t.show(outcome.error)}: one failing stream took the other results with it`,
              'zh-cn': `countAll 以 ${t.show(outcome.error)} 拒绝：一个流失败，其他流的结果也跟着丢了`,
            },
          });
        }
        t.equal(brief(outcome.results), [3, 'rejected: Error: ECONNRESET', 3], what);
      },
    },
  ],
});
