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
// 先 await 一个，再 await 另一个：任务 1 结束后，任务 2 才开始。
const a = await task1();
const b = await task2();
console.log("结果:", a, b);
console.timeEnd("总计");
