// 对每一项调用 fn，同时最多 `limit` 个调用，并按各项的顺序
// 解析为结果。以第一个错误拒绝，此后不再开始新的调用。
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failed = false;
  // 每个工作者一完成上一个调用，就取下一项，所以还有项在等时，
  // 不会有空位闲着。
  async function worker(): Promise<void> {
    while (!failed && next < items.length) {
      const i = next++; // 在 await 之前取走：别的工作者不会再取到它
      try {
        results[i] = await fn(items[i]);
      } catch (error) {
        failed = true; // 其他工作者做完手上的调用，不再开始新的
        throw error;
      }
    }
  }
  const workers = Array.from({ length: Math.min(limit, items.length) }, () => worker());
  await Promise.all(workers);
  return results;
}

// 试一试：六个各需 100 ms 的下载，每次两个：约 300 ms。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const t0 = performance.now();
const download = async (name: string) => {
  console.log(`开始 ${name}: ${Math.round(performance.now() - t0)} ms`);
  await sleep(100);
  return name.toUpperCase();
};
console.log(await mapLimit(['a', 'b', 'c', 'd', 'e', 'f'], 2, download));
console.log(`${Math.round(performance.now() - t0)} ms`);
