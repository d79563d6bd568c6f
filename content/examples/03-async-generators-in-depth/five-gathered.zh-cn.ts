const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 与顺序版本中相同的任务。
async function task(i: number): Promise<void> {
  console.log(`任务 ${i} 开始`);
  await sleep(150);
  console.log(`任务 ${i} 完成`);
}

console.time("总计");
// 五个同时进行（asyncio.gather）：map() 启动它们，Promise.all 等待全部完成。
// 五段 150 ms 的等待相互重叠。
await Promise.all([0, 1, 2, 3, 4].map((i) => task(i)));
console.timeEnd("总计");
