// 对 source 的每一项运行 fn，同时最多进行 `limit` 个调用，并按数据源的顺序
// 产出结果。循环提前结束时（break，或某个调用失败），它会中止仍在进行的调用，
// 并让数据源停下。
export async function* mapLimit<T, R>(
  source: AsyncIterable<T>,
  limit: number,
  fn: (item: T, signal: AbortSignal) => Promise<R>,
): AsyncGenerator<R, void, undefined> {
  // 现在每次只有一个调用。让最多 `limit` 个调用同时进行（结果仍按顺序），
  // 并在循环提前结束时中止仍在进行的调用。
  const controller = new AbortController();
  for await (const item of source) yield await fn(item, controller.signal);
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
