// asyncio.gather(...) -> Promise.all([...])；
// gather(..., return_exceptions=True) -> Promise.allSettled([...])。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type User = { id: number; name: string };

async function fetchUser(id: number, fail = false): Promise<User> {
  await sleep(300);
  if (fail) throw new Error(`找不到用户 ${id}`);
  return { id, name: `User_${id}` };
}

// 三个调用同时启动，等待相互重叠：大约 300 ms，而不是 900。
let t0 = performance.now();
const users = await Promise.all([fetchUser(1), fetchUser(2), fetchUser(3)]);
console.log(users);
console.log(`Promise.all: ${Math.round(performance.now() - t0)} ms`);

// 其中一个失败：allSettled 从不拒绝，它如实描述每个结局。
t0 = performance.now();
const results = await Promise.allSettled([fetchUser(1), fetchUser(2, true), fetchUser(3)]);
for (const r of results) {
  if (r.status === "fulfilled") console.log(`成功: ${r.value.name}`);
  else console.log(`出错: ${(r.reason as Error).message}`);
}
console.log(`Promise.allSettled: ${Math.round(performance.now() - t0)} ms`);
