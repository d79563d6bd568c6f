// break 和 return() 只能在两个值之间叫停生成器。要叫停一段已经开始的等待，
// 就得把 AbortSignal 传给生成器所 await 的那个操作。
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason); // abort 事件已经触发过了，再监听就晚了
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

async function* ticks(signal: AbortSignal): AsyncGenerator<number, void, undefined> {
  try {
    for (let i = 0; ; i++) {
      await sleep(1000, signal); // 信号一中止，它就立刻拒绝
      yield i;
    }
  } finally {
    console.log("ticks: finally 执行了");
  }
}

const t0 = performance.now();
const controller = new AbortController();
setTimeout(() => controller.abort(new Error("已停止")), 100);
try {
  for await (const tick of ticks(controller.signal)) console.log(tick);
} catch (err) {
  console.log(`提前停止: ${(err as Error).message}（${Math.round(performance.now() - t0)} ms，而不是 1000）`);
}

// 信号已经中止了：新的等待根本不该开始。
try {
  await sleep(1000, controller.signal);
} catch (err) {
  console.log(`在已中止的信号上等待，会立刻失败: ${(err as Error).message}`);
}
console.log(`${Math.round(performance.now() - t0)} ms 后结束`);
