// `limit(n)` 返回一个 `run` 函数，它让同时运行的任务最多 n 个，
// 就像在 `asyncio.Semaphore(n)` 下给每个任务套上 `async with sem:`。任务要等空出的名额；
// 一个任务结束时，无论怎样结束，都把名额直接交给排在最前面的等待者。
// 信号中止的等待者离开队伍，并立即以信号的原因拒绝：
// 它的任务永远不会运行，本该属于它的名额交给下一位。
export type Run = <T>(task: () => Promise<T>, options?: { signal?: AbortSignal }) => Promise<T>;

export function limit(n: number): Run {
  let active = 0;
  const waiting: Array<() => void> = [];

  const acquire = (signal?: AbortSignal): Promise<void> => {
    // 给已经中止的信号添加的 abort 监听器永远不会触发。
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (active < n) {
      active++;
      return Promise.resolve();
    }
    const { promise, resolve, reject } = Promise.withResolvers<void>();
    const grant = () => {
      signal?.removeEventListener('abort', leave);
      resolve(); // release() 把它的名额直接交给我们
    };
    const leave = () => {
      // 离开队伍：release() 就不会再把名额交给已经离开的调用方。
      waiting.splice(waiting.indexOf(grant), 1);
      reject(signal?.reason);
    };
    waiting.push(grant);
    signal?.addEventListener('abort', leave, { once: true });
    return promise;
  };

  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };

  return async (task, { signal } = {}) => {
    await acquire(signal);
    try {
      return await task(); // 写成 `return task()`，任务一开始名额就会被放出
    } finally {
      release();
    }
  };
}

// 试一试：五个 100 ms 的任务，每次两个；任务 5 在 150 ms 后放弃。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const run = limit(2);
const t0 = performance.now();
const job = async (id: number) => {
  console.log(`任务 ${id} 开始于 ${Math.round(performance.now() - t0)} ms`);
  await sleep(100);
  return id;
};
const results = await Promise.allSettled([1, 2, 3, 4, 5].map((id) => run(() => job(id), { signal: id === 5 ? AbortSignal.timeout(150) : undefined })));
console.log(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).name)));
