const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 与顺序版本中相同的三个任务。
async function* task(id: number): AsyncGenerator<string, void, undefined> {
  for (let step = 0; step < 3; step++) {
    await sleep(100);
    yield `任务 ${id}: 第 ${step} 步`;
  }
}

async function consume(id: number): Promise<void> {
  for await (const line of task(id)) console.log(line);
}

console.time("总计");
// 三个同时进行：map() 启动每个消费者，Promise.all 等待它们全部完成
// （这就是 asyncio.gather）。它们 100 ms 的等待相互重叠。
await Promise.all([1, 2, 3].map((id) => consume(id)));
console.timeEnd("总计");
