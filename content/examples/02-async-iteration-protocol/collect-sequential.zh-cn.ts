const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function* gen1(): AsyncGenerator<string, void, undefined> {
  for (let i = 0; i < 3; i++) {
    await sleep(200);
    yield `Gen1: ${i}`;
  }
}

async function* gen2(): AsyncGenerator<string, void, undefined> {
  for (let i = 0; i < 3; i++) {
    await sleep(100);
    yield `Gen2: ${i}`;
  }
}

// Array.fromAsync 把一个异步可迭代对象读完，放进数组（Python：一个 collect_results 辅助函数）。
// 等一个读完再开始另一个：3 x 200 + 3 x 100 ms。
console.time("收集");
const results1 = await Array.fromAsync(gen1());
const results2 = await Array.fromAsync(gen2());
console.timeEnd("收集");

console.log("Gen1 的结果:", results1);
console.log("Gen2 的结果:", results2);
