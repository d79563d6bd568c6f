export interface Api {
  user(id: number): Promise<string>;
  posts(id: number): Promise<string[]>;
}

// Works, but the second request starts only after the first one has finished.
// Make the two requests overlap.
export async function loadProfile(id: number, api: Api): Promise<{ user: string; posts: string[] }> {
  const user = await api.user(id);
  const posts = await api.posts(id);
  return { user, posts };
}

// Try it: Run shows the result and how long it took.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const api: Api = {
  async user(id) {
    await sleep(100);
    return `user ${id}`;
  },
  async posts(id) {
    await sleep(100);
    return [`post ${id}a`, `post ${id}b`];
  },
};
const t0 = performance.now();
console.log(await loadProfile(7, api));
console.log(`${Math.round(performance.now() - t0)} ms`);
