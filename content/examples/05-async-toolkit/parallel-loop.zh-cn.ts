// ✅ 先发出所有请求，再等待全部完成：五段等待相互重叠，
// 所以总耗时大约是一次等待（150 ms）。结果相同，顺序也相同。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function fetchUser(id: number): Promise<string> {
  await sleep(150); // 模拟网络等待
  return `User_${id}`;
}

const t0 = performance.now();
const names = await Promise.all([1, 2, 3, 4, 5].map((id) => fetchUser(id)));
console.log(names.join(", "));
console.log(`${Math.round(performance.now() - t0)} ms`);
