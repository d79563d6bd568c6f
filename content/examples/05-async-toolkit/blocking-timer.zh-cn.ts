// 所有东西都由一个线程运行。同步代码运行时，别的什么都运行不了：
// 定时器不行，Promise 回调不行，（在浏览器标签页里）渲染也不行。
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// CPU 密集的工作，用空转 `ms` 毫秒来模拟。
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // 这里面没有 await，所以别的代码轮不到
  }
}

async function trial(label: string, work: () => Promise<void>): Promise<void> {
  const t0 = performance.now();
  const fired = new Promise<number>((resolve) =>
    setTimeout(() => resolve(Math.round(performance.now() - t0)), 50),
  );
  await work();
  const workMs = Math.round(performance.now() - t0);
  console.log(`${label}: 工作用了 ${workMs} ms；50 ms 的定时器在 ${await fired} ms 时触发`);
}

// 1. 一整块 200 ms 的 CPU 工作：定时器只能等它结束。
await trial("阻塞", async () => busy(200));

// 2. 十片 20 ms，片与片之间 `await Promise.resolve()`：定时器仍然迟到，
//    因为 Promise 回调（微任务）总是先于任何定时器执行。
await trial("用微任务分片", async () => {
  for (let i = 0; i < 10; i++) {
    busy(20);
    await Promise.resolve();
  }
});

// 3. 十片 20 ms，片与片之间真正绕事件循环走一圈：
//    定时器几乎准时触发，但工作本身并没有变快。
await trial("用 setTimeout 分片", async () => {
  for (let i = 0; i < 10; i++) {
    busy(20);
    await nextTask();
  }
});
