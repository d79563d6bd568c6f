// 最多调用 `tries` 次 `attempt(signal)`，以第一次成功的结果兑现。
// 失败后先等 `delay` ms，再等两倍，然后四倍，依此类推；
// 最后一次失败时立即以它的错误拒绝。`signal` 中止时（尝试之前、尝试之中或等待之中），
// 立即以信号的原因拒绝：不再尝试，也不留下计时器。
export interface Options {
  tries: number;
  delay: number;
  signal: AbortSignal;
}

/** 等待 `ms`；信号一中止就以它的原因拒绝（并清除计时器）。 */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    // 给已经中止的信号添加的 abort 监听器永远不会触发。
    if (signal.aborted) return reject(signal.reason);
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

export async function retry<T>(attempt: (signal: AbortSignal) => Promise<T>, { tries, delay, signal }: Options): Promise<T> {
  for (let n = 1; ; n++) {
    signal.throwIfAborted(); // 尝试之前已中止：不要开始
    try {
      return await attempt(signal);
    } catch (err) {
      // 因中止而失败的尝试不值得重来。
      if (signal.aborted) throw signal.reason;
      if (n >= tries) throw err;
    }
    await wait(delay * 2 ** (n - 1), signal); // delay、2 × delay、4 × delay……
  }
}

// 试一试：一个第三次才回应的服务。
let calls = 0;
const t0 = performance.now();
const flaky = async (): Promise<string> => {
  calls++;
  console.log(`第 ${calls} 次尝试，时间 ${Math.round(performance.now() - t0)} ms`);
  if (calls < 3) throw new Error(`第 ${calls} 次尝试失败`);
  return '答案';
};
try {
  console.log(await retry(flaky, { tries: 5, delay: 50, signal: new AbortController().signal }));
} catch (err) {
  console.log(`retry 拒绝了: ${(err as Error).message}`);
}
