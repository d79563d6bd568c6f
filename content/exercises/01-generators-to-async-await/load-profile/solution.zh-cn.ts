export interface Api {
  user(id: number): Promise<string>;
  posts(id: number): Promise<string[]>;
}

// 两个请求同时开始；Promise.all 等两者都完成，
// 其中任何一个失败时立即拒绝。
export async function loadProfile(id: number, api: Api): Promise<{ user: string; posts: string[] }> {
  const [user, posts] = await Promise.all([api.user(id), api.posts(id)]);
  return { user, posts };
}

// 试一试：点“运行”查看结果和耗时。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const api: Api = {
  async user(id) {
    await sleep(100);
    return `用户 ${id}`;
  },
  async posts(id) {
    await sleep(100);
    return [`文章 ${id}a`, `文章 ${id}b`];
  },
};
const t0 = performance.now();
console.log(await loadProfile(7, api));
console.log(`${Math.round(performance.now() - t0)} ms`);
