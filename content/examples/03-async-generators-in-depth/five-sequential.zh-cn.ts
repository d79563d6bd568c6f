const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 一个任务：等待 150 ms（想象成一次请求），然后报告。
async function task(i: number): Promise<void> {
  console.log(`任务 ${i} 开始`);
  await sleep(150);
  console.log(`任务 ${i} 完成`);
}

console.time("总计");
// 一个接一个：每次 await 结束后，下一个任务才开始。
for (let i = 0; i < 5; i++) {
  await task(i);
}
console.timeEnd("总计");
