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
// 现在启动，稍后再 await（asyncio.create_task）。调用本身就启动了工作：
// “任务 1 开始”就在这里打印，那时还什么都没 await。
const first = task1();
const second = task2();
console.log("两个都已启动；还什么都没 await");
console.log("await 的结果:", await first, await second);
console.timeEnd("总计");
