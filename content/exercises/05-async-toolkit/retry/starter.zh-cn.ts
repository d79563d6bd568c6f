// 最多调用 `tries` 次 `attempt(signal)`，以第一次成功的结果兑现。
// 失败后先等 `delay` ms，再等两倍，然后四倍，依此类推；
// 最后一次失败时立即以它的错误拒绝。`signal` 中止时（尝试之前、尝试之中或等待之中），
// 立即以信号的原因拒绝：不再尝试，也不留下计时器。
export interface Options {
  tries: number;
  delay: number;
  signal: AbortSignal;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function retry<T>(attempt: (signal: AbortSignal) => Promise<T>, { tries, delay, signal }: Options): Promise<T> {
  // 每次失败后都会再试，但总是等同样的 `delay`，而且只有各次尝试拿到了信号：
  // 中止既不会结束等待，也不会停止尝试。让等待逐次加长，并让中止起作用。
  for (let n = 1; ; n++) {
    try {
      return await attempt(signal);
    } catch (err) {
      if (n >= tries) throw err;
    }
    await sleep(delay);
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
