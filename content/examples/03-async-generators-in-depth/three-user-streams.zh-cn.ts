const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 每个用户一路流式响应：五条消息，间隔 60 ms。
async function* streamResponse(userId: number, failAt = -1): AsyncGenerator<string, void, undefined> {
  for (let i = 0; i < 5; i++) {
    await sleep(60);
    if (i === failAt) throw new Error(`用户 ${userId} 的流在第 ${i} 条消息处中断`);
    yield `用户 ${userId}: 第 ${i} 条消息`;
  }
}

async function handle(stream: AsyncIterable<string>): Promise<number> {
  let count = 0;
  for await (const message of stream) {
    console.log(message);
    count++;
  }
  return count;
}

console.log("--- 三个用户同时进行 ---");
console.time("三个用户");
const counts = await Promise.all([1, 2, 3].map((id) => handle(streamResponse(id))));
console.timeEnd("三个用户");
console.log("每个用户的消息数:", counts);

// 如果一路流失败了，Promise.all 会立刻拒绝，但其余的流照常进行。
// Promise.allSettled（即 gather(..., return_exceptions=True)）会等全部结束，并逐个报告结果。
console.log("--- 用户 2 的流失败了 ---");
const settled = await Promise.allSettled([
  handle(streamResponse(1)),
  handle(streamResponse(2, 2)),
  handle(streamResponse(3)),
]);
for (const [i, outcome] of settled.entries()) {
  console.log(
    `用户 ${i + 1}:`,
    outcome.status === "fulfilled" ? `${outcome.value} 条消息` : `失败（${(outcome.reason as Error).message}）`,
  );
}
