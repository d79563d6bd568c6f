// 结果是对的，但一次只做一个调用。让它保持 `limit` 个调用同时运行：
// 一个调用结束就立即开始新的，同时从不超过 `limit` 个，
// 结果按各项的顺序排列。遇到第一个错误时，以它拒绝，
// 并且不再开始新的调用。
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await fn(item));
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
