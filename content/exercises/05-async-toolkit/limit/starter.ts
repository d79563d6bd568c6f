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

  const acquire = (): Promise<void> => {
    if (active < n) {
      active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };

  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };

  // The signal is ignored for now: a caller who gives up still waits for its
  // turn, and its task still runs. Make an abort take the caller out of the line.
  return async (task) => {
    await acquire();
    try {
      return await task();
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
