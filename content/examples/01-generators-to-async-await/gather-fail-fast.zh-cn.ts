const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function job(name: string, ms: number, fail = false): Promise<string> {
  await sleep(ms);
  if (fail) throw new Error(`${name}失败了`);
  console.log(`  ${name}完成`);
  return name;
}

// Promise.all 就是 asyncio.gather：结果按“输入”顺序排列，而不是按完成顺序。
console.log(await Promise.all([job("甲", 100), job("乙", 50)]));

// 它遇到“第一个”错误就立即失败，而且什么都不会被取消：其余的任务照样运行。
const jobs = [job("慢任务", 200), job("坏任务", 50, true), job("中速任务", 100)];
try {
  await Promise.all(jobs);
} catch (err) {
  console.log("Promise.all 拒绝:", (err as Error).message);
}

// Promise.allSettled 就是 gather(..., return_exceptions=True)：等全部结束，错误也保留下来。
const settled = await Promise.allSettled(jobs);
for (const r of settled) {
  console.log(r.status === "fulfilled" ? `成功: ${r.value}` : `出错: ${(r.reason as Error).message}`);
}
