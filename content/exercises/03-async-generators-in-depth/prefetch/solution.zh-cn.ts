// 领先一项的流水线阶段：循环处理某一项时，数据源已经在取下一项，
// 所以两边的等待是重叠的，而不是叠加的。
export async function* prefetch<T>(source: AsyncIterable<T>): AsyncGenerator<T, void, undefined> {
  const iterator = source[Symbol.asyncIterator]();
  let pending = iterator.next();
  let ahead = false; // 有一个 next() 正在进行，而循环可能再也不回来取它
  try {
    while (true) {
      ahead = false;
      const result = await pending; // 如果它拒绝，说明数据源已经失败：这时不调用 return()
      if (result.done) return;
      pending = iterator.next(); // 先要下一项，再把这一项交出去
      ahead = true;
      yield result.value;
    }
  } finally {
    if (ahead) {
      // 循环提前离开了（break）：没有人会读取正在取的那一项，也没人读它的错误，
      // 所以把这个错误标记为已处理，再让数据源完成清理。
      pending.catch(() => {});
      await iterator.return?.();
    }
  }
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
