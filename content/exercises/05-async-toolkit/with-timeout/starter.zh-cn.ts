// 给 `work` 设一个期限，就像 `asyncio.wait_for(coro, timeout)`：工作在 `ms` 之内结束，
// 就照它的结果兑现或拒绝；否则到期时以 TimeoutError 拒绝，并中止工作的信号，
// 让输掉的一方停下。无论哪种情况，都不留下计时器。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  // 到期时调用方不再等待，却没人叫工作停下；
  // 而工作先完成时，期限的计时器仍然留着。把这两处都改好。
  const controller = new AbortController();
  const deadline = sleep(ms).then((): never => {
    throw new DOMException(`${ms} ms 后超时`, 'TimeoutError');
  });
  return Promise.race([work(controller.signal), deadline]);
}

// 试一试：一个 300 ms 的任务，期限为 100 ms。
function slowJob(signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      console.log('任务：已完成');
      resolve('结果');
    }, 300);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      console.log('任务：收到停止通知');
      reject(signal.reason);
    }, { once: true });
  });
}
const t0 = performance.now();
try {
  console.log(await withTimeout(slowJob, 100));
} catch (err) {
  console.log(`${(err as Error).name}，用时 ${Math.round(performance.now() - t0)} ms`);
}
