const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function work(name: string): Promise<string> {
  console.log(`  ${name}: 函数体开始`);
  await sleep(100);
  console.log(`  ${name}: 函数体结束`);
  return name;
}

// 在 Python 里，`coro = work("a")` 什么都不会运行。这里的调用会立刻执行函数体，
// 一直运行到第一个 await，交回的 Promise 已经在进行中了。
console.log("1. 调用 work('a')，不 await 它");
const p = work("a");
console.log("2. 回到调用方，函数体已经开始了");
await p;

// 想要 Python 那种“先什么都不发生”，就传递一个函数，而不是一次调用。
console.log("3. 做一个 thunk: () => work('b')");
const later = () => work("b");
console.log("4. 什么都没运行；现在调用这个 thunk");
await later();

// 正因为调用即开始执行，下面这两个虽然是先后 await 的，却相互重叠。
// 不过只有两个都不失败时这样写才安全：如果还在等 x 时 y 就被拒绝了，此刻没有任何代码
// 处理它，Node 会直接退出。实际代码里应改用 await Promise.all([x, y])。
const t0 = performance.now();
const x = work("x");
const y = work("y");
await x;
await y;
console.log(`x 和 y 一共用了 ${Math.round(performance.now() - t0)} ms`);
