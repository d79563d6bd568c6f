// ❌ 在循环里 await：上一个请求结束后，下一个才开始，
// 所以等待时间是累加的（5 × 150 ms）。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function fetchUser(id: number): Promise<string> {
  await sleep(150); // 模拟网络等待
  return `User_${id}`;
}

const t0 = performance.now();
const names: string[] = [];
for (const id of [1, 2, 3, 4, 5]) {
  names.push(await fetchUser(id));
}
console.log(names.join(", "));
console.log(`${Math.round(performance.now() - t0)} ms`);
