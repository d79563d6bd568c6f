import { defineChecks, type CheckContext } from '../../../../src/playground/exercise/api';
import { ms } from '../fake-stream';
import type * as Solution from './solution';

/**
 * A fake job per item: item n takes `took[n - 1]` ms and resolves to n × 10, or rejects
 * with Error: ETIMEDOUT when n is `failing`. It records when each job started and
 * ended, and the most jobs that were ever running at once.
 */
function fakeJobs(t: CheckContext, took: number[], failing?: number) {
  const start: Record<number, number> = {};
  const end: Record<number, number> = {};
  const called: Record<number, number> = {};
  let running = 0;
  let most = 0;
  // An async function, so each call is a lane of its own on the timeline.
  const job = async (n: number): Promise<number> => {
    start[n] = t.now();
    called[n] = (called[n] ?? 0) + 1;
    most = Math.max(most, ++running);
    await new Promise<void>((resolve) => setTimeout(resolve, took[n - 1]));
    running--;
    end[n] = t.now();
    if (n === failing) throw new Error('ETIMEDOUT');
    return n * 10;
  };
  const items = took.map((_, i) => i + 1);
  return { job, items, start, end, called, most: () => most };
}

const calls = (n: number) => ({ en: n === 1 ? '1 call' : `${n} calls`, 'zh-cn': `${n} 个调用` });

export default defineChecks<typeof Solution>({
  exports: ['mapLimit'],
  checks: [
    {
      id: 'results',
      name: { en: 'calls fn once per item, and resolves to the results in their order', 'zh-cn': '每一项调用 fn 一次，并按各项的顺序解析为结果' },
      async run({ mapLimit }, t) {
        // Later items finish first: results kept in the order of finishing come out reversed.
        const { job, items, called } = fakeJobs(t, [60, 45, 30, 15]);
        const results = await t.within(mapLimit(items, 4, job), 1000, { en: 'mapLimit settles', 'zh-cn': 'mapLimit 结束' });
        const twice = items.find((n) => (called[n] ?? 0) > 1);
        if (twice !== undefined) {
          return t.fail({
            expected: { en: 'job is called once for each item', 'zh-cn': '每一项只调用 job 一次' },
            happened: {
              en: `job(${twice}) was called ${called[twice]} times: several calls took the same item`,
              'zh-cn': `job(${twice}) 被调用了 ${called[twice]} 次：几个调用取到了同一项`,
            },
          });
        }
        t.equal(results, [10, 20, 30, 40], { en: 'what mapLimit([1, 2, 3, 4], 4, job) resolved to', 'zh-cn': 'mapLimit([1, 2, 3, 4], 4, job) 的结果' });
        const none = await t.within(mapLimit([], 3, job), 500, { en: 'mapLimit([], 3, job) settles', 'zh-cn': 'mapLimit([], 3, job) 结束' });
        t.equal(none, [], { en: 'what mapLimit([], 3, job) resolved to', 'zh-cn': 'mapLimit([], 3, job) 的结果' });
      },
    },
    {
      id: 'at-most',
      name: { en: 'never runs more than limit calls at once', 'zh-cn': '同时运行的调用从不超过 limit 个' },
      async run({ mapLimit }, t) {
        const { job, items, most } = fakeJobs(t, [30, 30, 30, 30, 30, 30, 30, 30]);
        await t.within(mapLimit(items, 3, job), 1500, { en: 'mapLimit settles', 'zh-cn': 'mapLimit 结束' });
        if (most() > 3) {
          return t.fail({
            expected: { en: 'with a limit of 3, at most 3 calls run at once', 'zh-cn': 'limit 为 3 时，同时运行的调用最多 3 个' },
            happened: { en: `${calls(most()).en} ran at once: the limit was not kept`, 'zh-cn': `有 ${calls(most())['zh-cn']}同时运行：没有遵守这个上限` },
            show: 'timeline',
          });
        }
      },
    },
    {
      id: 'keeps-busy',
      name: { en: 'starts the next call as soon as one finishes', 'zh-cn': '一个调用结束，就立即开始下一个' },
      async run({ mapLimit }, t) {
        // Item 1 takes 150 ms; with a limit of 2, the five short ones should all run beside it.
        const { job, items, start, end } = fakeJobs(t, [150, 20, 20, 20, 20, 20]);
        await t.within(mapLimit(items, 2, job), 1500, { en: 'mapLimit settles', 'zh-cn': 'mapLimit 结束' });
        const late = items.slice(1).find((n) => start[n] === undefined || start[n] >= end[1]);
        if (late !== undefined) {
          return t.fail({
            expected: {
              en: 'with a limit of 2, items 2 to 6 (20 ms each) all run while item 1 (150 ms) is still running',
              'zh-cn': 'limit 为 2 时，第 2 到第 6 项（各 20 ms）都在第 1 项（150 ms）还在运行时就开始',
            },
            happened: {
              en: `item ${late} started at ${ms(start[late])}, after item 1 had finished at ${ms(end[1])}: a slot stayed free while items were waiting`,
              'zh-cn': `第 ${late} 项在 ${ms(start[late])} 才开始，而第 1 项已在 ${ms(end[1])} 结束：有空位时，还有项在干等`,
            },
            show: 'timeline',
          });
        }
      },
    },
    {
      id: 'fails-fast',
      name: { en: 'rejects with the first error and starts no new call after it', 'zh-cn': '以第一个错误拒绝，此后不再开始新的调用' },
      async run({ mapLimit }, t) {
        // Item 2 fails at 20 ms while item 1 runs until 60 ms; items 3 to 6 must never start.
        const { job, items, start, end } = fakeJobs(t, [60, 20, 60, 60, 60, 60], 2);
        const outcome = await t.within(
          mapLimit(items, 2, job).then(() => 'resolved', (err: unknown) => err),
          1500,
          { en: 'mapLimit settles', 'zh-cn': 'mapLimit 结束' },
        );
        await t.sleep(150); // time for a call that should not start to start
        t.equal(t.show(outcome), 'Error: ETIMEDOUT', { en: 'what mapLimit rejected with', 'zh-cn': 'mapLimit 拒绝时给出的错误' });
        const after = items.filter((n) => start[n] !== undefined && start[n] >= end[2]);
        if (after.length > 0) {
          return t.fail({
            expected: { en: 'once item 2 has failed, no other item starts', 'zh-cn': '第 2 项失败之后，不再开始任何一项' },
            happened: {
              en: `after item 2 failed at ${ms(end[2])}, it still started item${after.length > 1 ? 's' : ''} ${after.join(', ')}: work nobody will use`,
              'zh-cn': `第 2 项在 ${ms(end[2])} 失败之后，它仍然开始了第 ${after.join('、')} 项：这些结果没人会用`,
            },
            show: 'timeline',
          });
        }
      },
    },
  ],
});
