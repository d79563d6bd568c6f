const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 异步生成器可以在两次 yield 之间 `await`。
async function* countSlowly(): AsyncGenerator<number, void, undefined> {
  for (let i = 1; i <= 3; i++) {
    await sleep(150); // 假装在等网络回复
    yield i;
  }
}

const t0 = performance.now();
const ms = () => `${Math.round(performance.now() - t0)} ms`;

// `for await` 一次拉取一个值，每个值准备好时才到达。
for await (const value of countSlowly()) {
  console.log(`拿到 ${value}，用时 ${ms()}`);
}

// 底下的协议：现在 next() 返回的是 `{ value, done }` 的 Promise。
console.log('--- 手动调用 ---');
const gen = countSlowly();
const pending = gen.next();
console.log(pending instanceof Promise); // true：结果还没到
console.log(await pending);
console.log(await gen.next());
console.log(await gen.next());
console.log(await gen.next());
