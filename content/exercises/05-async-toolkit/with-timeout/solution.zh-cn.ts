// 给 `work` 设一个期限，就像 `asyncio.wait_for(coro, timeout)`：工作在 `ms` 之内结束，
// 就照它的结果兑现或拒绝；否则到期时以 TimeoutError 拒绝，并中止工作的信号，
// 让输掉的一方停下。无论哪种情况，都不留下计时器。
export function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  const { promise: expired, reject } = Promise.withResolvers<never>();
  const timer = setTimeout(() => {
    const error = new DOMException(`${ms} ms 后超时`, 'TimeoutError');
    // 先拒绝：这样无论工作听到中止后抛出什么错误，
    // 这场竞速都以 TimeoutError 结束。
    reject(error);
    controller.abort(error);
  }, ms);
  // 谁先结束谁赢得竞速；无论谁赢，计时器都会被清除。
  return Promise.race([work(controller.signal), expired]).finally(() => clearTimeout(timer));
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
