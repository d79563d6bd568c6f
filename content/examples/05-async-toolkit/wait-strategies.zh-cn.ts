// asyncio.wait 的三种策略，外加 asyncio 没有的 Promise.any。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type User = { id: number; name: string };

let t0 = 0;
const since = () => `${Math.round(performance.now() - t0)} ms`;

async function fetchUser(id: number, ms: number, fail = false): Promise<User> {
  await sleep(ms);
  if (fail) {
    console.log(`  用户 ${id} 失败（${since()}）`);
    throw new Error(`用户 ${id} 失败`);
  }
  console.log(`  用户 ${id} 完成（${since()}）`);
  return { id, name: `User_${id}` };
}

// 用户 1、2、3 分别在 150、50 和 100 ms 后完成；用户 2 也可能失败。
function start(user2Fails: boolean): Promise<User>[] {
  t0 = performance.now();
  return [fetchUser(1, 150), fetchUser(2, 50, user2Fails), fetchUser(3, 100)];
}

console.log("Promise.race ~ wait(FIRST_COMPLETED)");
let tasks = start(false);
const first = await Promise.race(tasks);
console.log(`第一个: ${first.name}（${since()}）；其余的仍在运行:`);
await Promise.allSettled(tasks);

console.log("\nPromise.all ~ wait(FIRST_EXCEPTION)：快速失败");
tasks = start(true);
try {
  await Promise.all(tasks);
} catch (err) {
  console.log(`拒绝: ${(err as Error).message}（${since()}）；其余的仍在运行:`);
}
await Promise.allSettled(tasks);

console.log("\nPromise.allSettled ~ wait(ALL_COMPLETED)");
tasks = start(true);
const settled = await Promise.allSettled(tasks);
console.log(`状态: ${settled.map((r) => r.status).join("、")}（${since()}）`);

console.log("\nPromise.any：第一个成功的（asyncio 没有对应物）");
tasks = start(true);
const firstOk = await Promise.any(tasks);
console.log(`第一个成功的: ${firstOk.name}（${since()}）`);
await Promise.allSettled(tasks);
