const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 每个任务都是一个异步生成器：三步，每步等待 100 ms（想象成一次请求）。
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
// 一个接一个：任务 1 结束之前，任务 2 不会开始。
for (const id of [1, 2, 3]) {
  await consume(id);
}
console.timeEnd("总计");
