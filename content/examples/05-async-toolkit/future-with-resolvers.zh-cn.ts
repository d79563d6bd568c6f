// asyncio 的 Future 就是“一个 Promise，外加让它敲定的那两个函数”。
// Promise.withResolvers()（ES2024）交给你的正是这些。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const { promise, resolve } = Promise.withResolvers<number>();

// 稍后由别人来敲定它，就像 future.set_result(42)。
async function setResult(): Promise<void> {
  await sleep(300);
  console.log("setter: resolve(42)");
  resolve(42);
  resolve(7); // 被忽略：Promise 只会敲定一次（Python 会抛出 InvalidStateError）
}

const t0 = performance.now();
const setter = setResult();
console.log("main: 等待这个 Promise……");
const result = await promise;
console.log(`main: 结果 ${result}，用时 ${Math.round(performance.now() - t0)} ms`);
await setter;
