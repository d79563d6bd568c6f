const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function task1(): Promise<string> {
  console.log("任务 1 开始");
  await sleep(200);
  console.log("任务 1 完成");
  return "一";
}

async function task2(): Promise<string> {
  console.log("任务 2 开始");
  await sleep(100);
  console.log("任务 2 完成");
  return "二";
}

console.time("总计");
// Promise.all（asyncio.gather）：两个同时运行，结果按输入顺序返回。
console.log("结果:", await Promise.all([task1(), task2()]));
console.timeEnd("总计");
