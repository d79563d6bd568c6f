// 每隔 `ms` 产出 1、2、3……直到 `signal` 中止。中止会立即结束循环，
// 即使正在等待之中也是如此，不抛出错误，也不留下任何计时器。
/** 等待 `ms`；时间到了返回 true，`signal` 一中止就返回 false（并清除计时器）。 */
function wait(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export async function* ticks(ms: number, signal: AbortSignal): AsyncGenerator<number, void, undefined> {
  // 等待本身就在监听信号，所以中止会立即结束它。
  for (let n = 1; !signal.aborted; n++) {
    if (!(await wait(ms, signal))) return;
    yield n;
  }
}

// 试一试：每 100 ms 一次滴答，250 ms 后中止。
const controller = new AbortController();
setTimeout(() => controller.abort(), 250);
const t0 = performance.now();
for await (const n of ticks(100, controller.signal)) console.log('滴答', n);
console.log(`${Math.round(performance.now() - t0)} ms 后结束`);
