// limit(n) gives a `run` function that lets at most n tasks run at once, like
// `async with sem:` around each task under asyncio.Semaphore(n). A task waits
// for a free slot; a task that ends, however it ends, hands its slot straight
// to the first waiter. A waiter whose signal aborts leaves the line and
// rejects at once with the signal's reason: its task never runs, and the slot
// it would have had goes to the next one.
export type Run = <T>(task: () => Promise<T>, options?: { signal?: AbortSignal }) => Promise<T>;

export function limit(n: number): Run {
  let active = 0;
  const waiting: Array<() => void> = [];

  const acquire = (signal?: AbortSignal): Promise<void> => {
    // An abort listener added to a signal that has already aborted never fires.
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (active < n) {
      active++;
      return Promise.resolve();
    }
    const { promise, resolve, reject } = Promise.withResolvers<void>();
    const grant = () => {
      signal?.removeEventListener('abort', leave);
      resolve(); // release() hands its slot straight to us
    };
    const leave = () => {
      // Out of the line: release() can no longer hand a slot to a caller who left.
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
      return await task(); // `return task()` would free the slot as soon as the task starts
    } finally {
      release();
    }
  };
}

// Try it: five jobs of 100 ms, two at a time; job 5 gives up after 150 ms.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const run = limit(2);
const t0 = performance.now();
const job = async (id: number) => {
  console.log(`job ${id} starts at ${Math.round(performance.now() - t0)} ms`);
  await sleep(100);
  return id;
};
const results = await Promise.allSettled([1, 2, 3, 4, 5].map((id) => run(() => job(id), { signal: id === 5 ? AbortSignal.timeout(150) : undefined })));
console.log(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).name)));
