import { defineChecks, type CheckContext } from '../../../../src/playground/exercise/api';
import type * as Solution from './solution';

/** A fake API whose requests take `ms` each and remember when they started and ended. */
function fakeApi(t: CheckContext, ms: { user: number; posts: number }, fail?: 'user' | 'posts') {
  const log: Record<'user' | 'posts', { start?: number; end?: number }> = { user: {}, posts: {} };
  // A plain function, not an async one: the timeline shows the two requests, not a helper.
  const request = (which: 'user' | 'posts') => {
    log[which].start = t.now();
    return new Promise<void>((resolve, reject) => setTimeout(() => {
      log[which].end = t.now();
      if (which === fail) reject(new Error(`no ${which}`));
      else resolve();
    }, ms[which]));
  };
  const api: Solution.Api = {
    async user(id) {
      await request('user');
      return `user ${id}`;
    },
    async posts(id) {
      await request('posts');
      return [`post ${id}`];
    },
  };
  return { api, log };
}

const ms = (n: number | undefined) => (n === undefined ? '—' : `${Math.round(n)} ms`);

export default defineChecks<typeof Solution>({
  exports: ['loadProfile'],
  checks: [
    {
      id: 'returns-both',
      name: { en: 'returns the user and the posts', 'zh-cn': '返回用户和文章' },
      async run({ loadProfile }, t) {
        const { api } = fakeApi(t, { user: 20, posts: 20 });
        t.equal(await loadProfile(3, api), { user: 'user 3', posts: ['post 3'] }, { en: 'the result of loadProfile(3, api)', 'zh-cn': 'loadProfile(3, api) 的结果' });
      },
    },
    {
      id: 'overlap',
      name: { en: 'the two requests overlap', 'zh-cn': '两个请求重叠进行' },
      async run({ loadProfile }, t) {
        const { api, log } = fakeApi(t, { user: 100, posts: 100 });
        await loadProfile(1, api);
        const [first, second] = (['user', 'posts'] as ('user' | 'posts')[]).sort((a, b) => (log[a].start ?? Infinity) - (log[b].start ?? Infinity));
        const a = log[first];
        const b = log[second];
        if (a.start === undefined || b.start === undefined) {
          return t.fail({
            expected: { en: 'loadProfile calls api.user() and api.posts()', 'zh-cn': 'loadProfile 调用 api.user() 和 api.posts()' },
            happened: { en: `it called ${a.start === undefined ? 'neither' : `only api.${first}()`}`, 'zh-cn': `它${a.start === undefined ? '一个都没有调用' : `只调用了 api.${first}()`}` },
          });
        }
        if (a.end !== undefined && b.start >= a.end) {
          return t.fail({
            expected: { en: `api.${second}() starts while api.${first}() is still waiting`, 'zh-cn': `api.${first}() 还在等待时，api.${second}() 就已开始` },
            happened: {
              en: `api.${second}() started at ${ms(b.start)}, after api.${first}() had finished at ${ms(a.end)}: one waited for the other`,
              'zh-cn': `api.${second}() 在 ${ms(b.start)} 才开始，api.${first}() 已在 ${ms(a.end)} 结束：一个在等另一个`,
            },
            show: 'timeline',
          });
        }
      },
    },
    {
      id: 'fails-fast',
      name: { en: 'rejects as soon as one request fails', 'zh-cn': '任一请求失败就立即拒绝' },
      async run({ loadProfile }, t) {
        const { api } = fakeApi(t, { user: 150, posts: 20 }, 'posts');
        const start = t.now();
        const outcome = await t.within(
          loadProfile(1, api).then(() => 'resolved', (err: unknown) => err),
          400,
          { en: 'loadProfile settles', 'zh-cn': 'loadProfile 结束' },
        );
        const took = t.now() - start;
        if (!(outcome instanceof Error) || outcome.message !== 'no posts') {
          return t.fail({
            expected: { en: "loadProfile rejects with api.posts()'s error, Error: no posts", 'zh-cn': 'loadProfile 以 api.posts() 的错误 Error: no posts 拒绝' },
            happened: { en: `it ${outcome === 'resolved' ? 'resolved' : `rejected with ${t.show(outcome)}`}`, 'zh-cn': `它${outcome === 'resolved' ? '成功返回了' : `以 ${t.show(outcome)} 拒绝`}` },
          });
        }
        // api.posts() fails at 20 ms; api.user() would take 150 ms. Half-way between is generous.
        if (took > 85) {
          return t.fail({
            expected: { en: 'the rejection comes when api.posts() fails, after about 20 ms', 'zh-cn': '在 api.posts() 失败时（约 20 ms 后）就拒绝' },
            happened: { en: `it came after ${ms(took)}: loadProfile waited for api.user() first`, 'zh-cn': `${ms(took)} 后才拒绝：loadProfile 先等了 api.user()` },
            show: 'timeline',
          });
        }
      },
    },
  ],
});
