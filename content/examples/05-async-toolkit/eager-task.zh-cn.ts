// 调用 async 函数就会启动它：函数体同步地运行到第一个 `await`，
// 你拿回的 Promise 已经在运行中了。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function fetchData(url: string): Promise<{ url: string; status: string }> {
  console.log(`  fetchData(${url}): 函数体开始`);
  await sleep(300); // 模拟 I/O
  console.log(`  fetchData(${url}): I/O 完成`);
  return { url, status: "ok" };
}

// Promise 没有同步的 done()：需要这个标志，就自己记下来。
function track(promise: Promise<unknown>): { done: boolean } {
  const state = { done: false };
  promise.then(
    () => { state.done = true; },
    () => { state.done = true; },
  );
  return state;
}

console.log("1. 调用 fetchData('/a')");
const task = fetchData("/a");
console.log("2. 调用已经返回；函数体早已开始");
const state = track(task);
console.log(`3. 完成了吗？${state.done}`);
const result = await task;
console.log(`4. 完成了吗？${state.done}`);
console.log(`5. 结果: ${JSON.stringify(result)}`);

// 想要 Python 那样的惰性？保存一个函数，而不是一个 Promise。
const later = () => fetchData("/b");
console.log("6. 手里拿着一个函数：'/b' 还什么都没开始");
await sleep(100);
console.log("7. 现在调用它");
await later();
console.log("8. 结束");
