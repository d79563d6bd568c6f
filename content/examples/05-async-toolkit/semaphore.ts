// asyncio.Semaphore has no built-in twin either. This one hands a freed permit
// straight to the longest waiter, so waiters are served in order.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class Semaphore {
  private available: number;
  private waiters: Array<() => void> = [];

  constructor(permits: number) {
    this.available = permits;
  }

  // Like `await sem.acquire()`. A waiter whose signal aborts leaves the line,
  // so no permit is ever handed to a caller that stopped waiting.
  acquire({ signal }: { signal?: AbortSignal } = {}): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.available > 0) {
      this.available--;
      return Promise.resolve();
    }
    const { promise, resolve, reject } = Promise.withResolvers<void>();
    const grant = () => {
      signal?.removeEventListener("abort", leave);
      resolve(); // release() passes its permit directly to us
    };
    const leave = () => {
      this.waiters.splice(this.waiters.indexOf(grant), 1);
      reject(signal?.reason);
    };
    this.waiters.push(grant);
    signal?.addEventListener("abort", leave, { once: true });
    return promise;
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.available++;
  }

  // Like `async with sem:`
  async run<T>(fn: () => Promise<T>, options?: { signal?: AbortSignal }): Promise<T> {
    await this.acquire(options);
    try {
      return await fn(); // `return fn()` would release the permit before fn has finished
    } finally {
      this.release();
    }
  }
}

// 20 simulated requests of 60 ms each, under different limits.
async function crawl(limit: number): Promise<void> {
  const sem = new Semaphore(limit);
  let inFlight = 0;
  let peak = 0;
  const fetchPage = async (url: string): Promise<string> => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    await sleep(60); // simulated network wait
    inFlight--;
    return `<html>${url}</html>`;
  };
  const urls = Array.from({ length: 20 }, (_, i) => `https://api.example.com/${i}`);
  console.time(`limit ${limit}`);
  const pages = await Promise.all(urls.map((url) => sem.run(() => fetchPage(url))));
  console.timeEnd(`limit ${limit}`);
  console.log(`  ${pages.length} pages, at most ${peak} requests in flight`);
}

await crawl(2);  // 10 rounds of 60 ms
await crawl(5);  // 4 rounds
await crawl(20); // 1 round: no limit at all

// A caller that gives up after 30 ms: its signal takes it out of the line.
const sem = new Semaphore(1);
await sem.acquire();
const giveUp = new AbortController();
setTimeout(() => giveUp.abort(new Error("gave up after 30 ms")), 30);
try {
  await sem.acquire({ signal: giveUp.signal });
} catch (err) {
  console.log(`waiter: ${(err as Error).message}`);
}
sem.release();
await sem.acquire(); // the permit came back to the semaphore, not to the waiter that left
console.log("the next caller got the permit at once");
