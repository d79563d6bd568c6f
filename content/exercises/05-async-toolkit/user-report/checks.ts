import { defineChecks, type CheckContext } from '../../../../src/playground/exercise/api';
import type * as Solution from './solution';
import { ms, settle } from '../measure';

/**
 * A fake fetchUser: user `id` answers after `ms[id]` milliseconds, or fails then with
 * Error: user <id> not found when `id` is in `fails`. It remembers when each request
 * started and ended.
 */
function fakeUsers(t: CheckContext, ms: Record<number, number>, fails: number[] = []) {
  const log = new Map<number, { start: number; end?: number }>();
  // A plain function, not an async one: the timeline shows the requests, not a helper.
  const fetchUser = (id: number) => {
    const entry: { start: number; end?: number } = { start: t.now() };
    log.set(id, entry);
    return new Promise<Solution.User>((resolve, reject) => setTimeout(() => {
      entry.end = t.now();
      if (fails.includes(id)) reject(new Error(`user ${id} not found`));
      else resolve({ id, name: `User_${id}` });
    }, ms[id] ?? 20));
  };
  return { fetchUser, log };
}

const user = (id: number): Solution.User => ({ id, name: `User_${id}` });

export default defineChecks<typeof Solution>({
  exports: ['fetchReport'],
  checks: [
    {
      id: 'all-ok',
      name: { en: 'returns every user, in the order of ids', 'zh-cn': '返回每个用户，顺序与 ids 相同' },
      async run({ fetchReport }, t) {
        // User 1 answers last: a report built in finishing order puts it at the end.
        const { fetchUser } = fakeUsers(t, { 1: 60, 2: 20, 3: 40 });
        const report = await t.within(fetchReport([1, 2, 3], fetchUser), 1000, { en: 'fetchReport([1, 2, 3]) settles', 'zh-cn': 'fetchReport([1, 2, 3]) 结束' });
        // The order first, in a short line; then the whole report.
        t.equal(report.users?.map((u) => u.id), [1, 2, 3], { en: 'the ids in report.users', 'zh-cn': 'report.users 里的 id' });
        t.equal(report, { users: [user(1), user(2), user(3)], failed: [] }, { en: 'the report of fetchReport([1, 2, 3])', 'zh-cn': 'fetchReport([1, 2, 3]) 的报告' });
      },
    },
    {
      id: 'failures-reported',
      name: { en: 'a failed request goes into failed, and the others still arrive', 'zh-cn': '失败的请求记入 failed，其余请求照样返回' },
      async run({ fetchReport }, t) {
        // User 2 fails first, at 10 ms, while users 1 and 3 are still on their way.
        const { fetchUser } = fakeUsers(t, { 1: 60, 2: 10, 3: 30, 4: 40 }, [2, 4]);
        const outcome = await t.within(settle(t, fetchReport([1, 2, 3, 4], fetchUser)), 1000, { en: 'fetchReport([1, 2, 3, 4]) settles', 'zh-cn': 'fetchReport([1, 2, 3, 4]) 结束' });
        if ('reason' in outcome) {
          return t.fail({
            expected: { en: 'fetchReport resolves with a report, even though users 2 and 4 fail', 'zh-cn': '即使用户 2 和 4 失败，fetchReport 也以一份报告兑现' },
            happened: { en: `it rejected with ${t.show(outcome.reason)}: one failure lost the whole report`, 'zh-cn': `它以 ${t.show(outcome.reason)} 拒绝：一个失败让整份报告都没了` },
          });
        }
        // Short lines first (the ids), then the whole report.
        t.equal(outcome.value.failed?.map((f) => f.id), [2, 4], { en: 'the ids in report.failed', 'zh-cn': 'report.failed 里的 id' });
        t.equal(outcome.value.users?.map((u) => u.id), [1, 3], { en: 'the ids in report.users', 'zh-cn': 'report.users 里的 id' });
        t.equal(
          outcome.value,
          { users: [user(1), user(3)], failed: [{ id: 2, error: 'user 2 not found' }, { id: 4, error: 'user 4 not found' }] },
          { en: 'the report when users 2 and 4 fail', 'zh-cn': '用户 2 和 4 失败时的报告' },
        );
      },
    },
    {
      id: 'overlap',
      name: { en: 'the requests run at the same time', 'zh-cn': '各请求同时进行' },
      async run({ fetchReport }, t) {
        const ids = [1, 2, 3, 4];
        const { fetchUser, log } = fakeUsers(t, { 1: 60, 2: 60, 3: 60, 4: 60 });
        await t.within(fetchReport(ids, fetchUser), 1000, { en: 'fetchReport([1, 2, 3, 4]) settles', 'zh-cn': 'fetchReport([1, 2, 3, 4]) 结束' });
        const missing = ids.filter((id) => !log.has(id));
        if (missing.length > 0) {
          return t.fail({
            expected: { en: 'fetchReport calls fetchUser once for each id', 'zh-cn': 'fetchReport 为每个 id 调用一次 fetchUser' },
            happened: { en: `it never asked for user ${missing.join(', ')}`, 'zh-cn': `它从未请求用户 ${missing.join('、')}` },
          });
        }
        // The first request to start after another had already ended.
        const entries = [...log].sort(([, a], [, b]) => a.start - b.start);
        for (const [id, entry] of entries.slice(1)) {
          const before = entries.find(([other, e]) => other !== id && e.end !== undefined && e.end <= entry.start);
          if (before) {
            const [prev, done] = before;
            return t.fail({
              expected: { en: 'every request starts before any of them has finished', 'zh-cn': '所有请求都在其中任何一个结束之前开始' },
              happened: {
                en: `the request for user ${id} started at ${ms(entry.start)}, after the one for user ${prev} had finished at ${ms(done.end!)}: one waited for the other`,
                'zh-cn': `用户 ${id} 的请求在 ${ms(entry.start)} 才开始，用户 ${prev} 的请求已在 ${ms(done.end!)} 结束：一个在等另一个`,
              },
              show: 'timeline',
            });
          }
        }
      },
    },
  ],
});
