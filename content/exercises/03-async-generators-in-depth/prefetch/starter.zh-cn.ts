// 把每一项传下去，但只有循环来要时，它才向数据源要下一项：
// 数据源的等待和循环的处理叠加了起来。让它每交出一项就立刻要下一项
// （领先一项，不多取），并保留清理：
// 循环 break 时，数据源的 return() 仍然要运行。
export async function* prefetch<T>(source: AsyncIterable<T>): AsyncGenerator<T, void, undefined> {
  for await (const item of source) yield item;
}

// 试一试：数据源每项要 50 ms，循环处理每项也要 50 ms。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
async function* slowSource(): AsyncGenerator<number, void, undefined> {
  for (let i = 1; i <= 4; i++) {
    await sleep(50);
    yield i;
  }
}
const t0 = performance.now();
for await (const item of prefetch(slowSource())) {
  await sleep(50);
  console.log(`第 ${item} 项处理完: ${Math.round(performance.now() - t0)} ms`);
}
