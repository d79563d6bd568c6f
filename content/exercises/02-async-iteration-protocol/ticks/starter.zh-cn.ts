// 每隔 `ms` 产出 1、2、3……直到 `signal` 中止。中止会立即结束循环，
// 即使正在等待之中也是如此，不抛出错误，也不留下任何计时器。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function* ticks(ms: number, signal: AbortSignal): AsyncGenerator<number, void, undefined> {
  // 只在两次等待之间查看信号：等待期间的中止要等这次等待结束才被发现，
  // 于是还会多出一次滴答。
  for (let n = 1; !signal.aborted; n++) {
    await sleep(ms);
    yield n;
  }
}

// 试一试：每 100 ms 一次滴答，250 ms 后中止。
const controller = new AbortController();
setTimeout(() => controller.abort(), 250);
const t0 = performance.now();
for await (const n of ticks(100, controller.signal)) console.log('滴答', n);
console.log(`${Math.round(performance.now() - t0)} ms 后结束`);
