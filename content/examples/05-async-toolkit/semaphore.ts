// asyncio.Semaphore has no built-in twin either. This one hands a freed permit
// straight to the longest waiter, so waiters are served in order.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class Semaphore {
  private available: number;
  private waiters: Array<() => void> = [];

  constructor(permits: number) {
    this.available = permits;
  }

  async acquire(): Promise<void> {
    if (this.available > 0) {
      this.available--;
      return;
    }
    const { promise, resolve } = Promise.withResolvers<void>();
    this.waiters.push(resolve);
    await promise; // release() passes its permit directly to us
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.available++;
  }

  // Like `async with sem:`
  async run<T>(fn: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await fn();
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
