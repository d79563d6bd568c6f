// 统计每个流的消息数；所有的流同时读取。
// Promise.allSettled 等待每一个计数，无论成败都逐一报告。
export function countAll(streams: AsyncIterable<string>[]): Promise<PromiseSettledResult<number>[]> {
  return Promise.allSettled(streams.map((stream) => count(stream)));
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
