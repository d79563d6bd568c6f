// 对 source 的每一项运行 fn，同时最多进行 `limit` 个调用，并按数据源的顺序
// 产出结果。循环提前结束时（break，或某个调用失败），它会中止仍在进行的调用，
// 并让数据源停下。
export async function* mapLimit<T, R>(
  source: AsyncIterable<T>,
  limit: number,
  fn: (item: T, signal: AbortSignal) => Promise<R>,
): AsyncGenerator<R, void, undefined> {
  const controller = new AbortController();
  const items = source[Symbol.asyncIterator]();
  // 已开始、尚未产出的调用，最早的在前：从不超过 `limit` 个。
  const running: Promise<R>[] = [];
  let sourceDone = false;

  // 不断开始新调用，直到有 `limit` 个在进行，或数据源没有更多项。
  async function fill(): Promise<void> {
    while (!sourceDone && running.length < limit) {
      const next = await items.next();
      if (next.done) {
        sourceDone = true;
        return;
      }
      const call = fn(next.value, controller.signal);
      // 轮到它时才会被 await；在那之前，这一句让它的拒绝不被算作未处理。
      call.catch(() => {});
      running.push(call);
    }
  }

  try {
    await fill();
    while (running.length > 0) {
      const result = await running.shift()!;
      // 空出了一个位置：先开始下一个调用，再交出这个结果。
      await fill();
      yield result;
    }
  } finally {
    // 不论循环怎样结束：中止仍在进行的调用，并让数据源停下；用 `for await`
    // 读取时它会替我们做这件事，但这里是手动读取的。
    controller.abort();
    if (!sourceDone) await items.return?.();
  }
}

// 试一试：六个文本块，每次两个调用，消费者拿到四个结果后就停下。
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
async function* chunks() {
  for (let i = 1; i <= 6; i++) yield `文本块${i}`;
}
async function summarize(chunk: string, signal: AbortSignal): Promise<string> {
  console.log('开始', chunk);
  try {
    await sleep(100, signal);
    return `${chunk}的摘要`;
  } finally {
    console.log(signal.aborted ? '已中止' : '完成', chunk);
  }
}
let received = 0;
for await (const summary of mapLimit(chunks(), 2, summarize)) {
  console.log(summary);
  if (++received === 4) break;
}
console.log('循环之后');
