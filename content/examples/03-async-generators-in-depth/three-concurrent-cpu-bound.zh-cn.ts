// 一个忙循环：100 ms 实打实的计算，而不是等待。
function compute(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // 假装在算数
  }
}

// 形状和之前一样，只是每一步都在计算，而不是等待。
async function* task(id: number): AsyncGenerator<string, void, undefined> {
  for (let step = 0; step < 3; step++) {
    compute(100);
    yield `任务 ${id}: 第 ${step} 步`;
  }
}

async function consume(id: number): Promise<void> {
  for await (const line of task(id)) console.log(line);
}

console.time("总计");
// 还是 Promise.all，但没有什么可以重叠的：所有的活都由一个线程来干。
await Promise.all([1, 2, 3].map((id) => consume(id)));
console.timeEnd("总计");
