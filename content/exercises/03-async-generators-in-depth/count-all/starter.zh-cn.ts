// 每个计数都对，但流是一个接一个读的：前一个流结束后，
// 才开始读下一个。让所有的流同时进行，
// 并让结果保持流的顺序。
export async function countAll(streams: AsyncIterable<string>[]): Promise<PromiseSettledResult<number>[]> {
  const results: PromiseSettledResult<number>[] = [];
  for (const stream of streams) {
    try {
      results.push({ status: 'fulfilled', value: await count(stream) });
    } catch (reason) {
      results.push({ status: 'rejected', reason });
    }
  }
  return results;
}

async function count(stream: AsyncIterable<string>): Promise<number> {
  let n = 0;
  for await (const _ of stream) n++;
  return n;
}

// 试一试：三个用户的消息流，每条消息间隔 60 ms；第二个流中途断开。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
async function* messages(user: string, n: number, failAt = 0): AsyncGenerator<string, void, undefined> {
  for (let i = 1; i <= n; i++) {
    await sleep(60);
    if (i === failAt) throw new Error(`${user}: 连接断开`);
    yield `${user}: 第 ${i} 条消息`;
  }
}
const t0 = performance.now();
try {
  const results = await countAll([messages('用户 1', 3), messages('用户 2', 3, 2), messages('用户 3', 3)]);
  console.log(results.map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason))));
} catch (err) {
  console.log(`countAll 被拒绝: ${String(err)}`);
}
console.log(`${Math.round(performance.now() - t0)} ms`);
