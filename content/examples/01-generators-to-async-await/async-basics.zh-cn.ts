const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// `async def` 变成 `async function`，它总是返回一个 Promise。
async function fetchUser(id: number): Promise<{ id: number; name: string }> {
  await sleep(100); // 只挂起这个函数；与此同时，事件循环去运行别的工作
  return { id, name: `用户${id}` };
}

async function main(): Promise<string> {
  const user = await fetchUser(1); // await 取出 Promise 里的值
  console.log("main 拿到", user);
  try {
    await Promise.reject(new Error("未找到")); // 拒绝会在 await 处作为异常抛出
  } catch (err) {
    console.log("main 捕获:", (err as Error).message);
  }
  return user.name;
}

// 不需要 asyncio.run(main())：事件循环一直都在，模块顶层就可以 await。
const name = await main();
console.log("顶层拿到", name);

// 即使函数里一次 await 都没有，只要它是 async 的，就返回 Promise。
async function answer(): Promise<number> {
  return 42;
}
const p = answer();
console.log(p instanceof Promise, await p);
