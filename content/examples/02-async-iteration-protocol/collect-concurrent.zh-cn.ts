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

// 先启动两个收集过程，再同时等待它们（Python：asyncio.gather）。
// 它们的 sleep 相互重叠，所以总耗时取决于较慢的那个：大约 3 x 200 ms。
console.time("收集");
const [results1, results2] = await Promise.all([Array.fromAsync(gen1()), Array.fromAsync(gen2())]);
console.timeEnd("收集");

console.log("Gen1 的结果:", results1);
console.log("Gen2 的结果:", results2);
