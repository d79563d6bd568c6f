// asyncio.Semaphore 在 JavaScript 里也没有现成的对应物。这个实现把释放出来的许可
// 直接交给等得最久的等待者，所以等待者按先后顺序得到服务。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class Semaphore {
  private available: number;
  private waiters: Array<() => void> = [];

  constructor(permits: number) {
    this.available = permits;
  }

  // 相当于 `await sem.acquire()`。信号中止的等待者会离开队伍，
  // 所以许可永远不会交给一个已经不再等待的调用方。
  acquire({ signal }: { signal?: AbortSignal } = {}): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.available > 0) {
      this.available--;
      return Promise.resolve();
    }
    const { promise, resolve, reject } = Promise.withResolvers<void>();
    const grant = () => {
      signal?.removeEventListener("abort", leave);
      resolve(); // release() 把它的许可直接转交给我们
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

  // 相当于 `async with sem:`
  async run<T>(fn: () => Promise<T>, options?: { signal?: AbortSignal }): Promise<T> {
    await this.acquire(options);
    try {
      return await fn(); // 写成 `return fn()` 的话，fn 还没结束许可就被释放了
    } finally {
      this.release();
    }
  }
}

// 20 个模拟请求，每个 60 ms，在不同的上限下运行。
async function crawl(limit: number): Promise<void> {
  const sem = new Semaphore(limit);
  let inFlight = 0;
  let peak = 0;
  const fetchPage = async (url: string): Promise<string> => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    await sleep(60); // 模拟网络等待
    inFlight--;
    return `<html>${url}</html>`;
  };
  const urls = Array.from({ length: 20 }, (_, i) => `https://api.example.com/${i}`);
  console.time(`上限 ${limit}`);
  const pages = await Promise.all(urls.map((url) => sem.run(() => fetchPage(url))));
  console.timeEnd(`上限 ${limit}`);
  console.log(`  ${pages.length} 个页面，同时进行的请求最多 ${peak} 个`);
}

await crawl(2);  // 10 轮，每轮 60 ms
await crawl(5);  // 4 轮
await crawl(20); // 1 轮：等于完全不设上限

// 一个 30 ms 后放弃的调用方：它的信号把它从队伍里带走。
const sem = new Semaphore(1);
await sem.acquire();
const giveUp = new AbortController();
setTimeout(() => giveUp.abort(new Error("30 ms 后放弃了")), 30);
try {
  await sem.acquire({ signal: giveUp.signal });
} catch (err) {
  console.log(`等待者: ${(err as Error).message}`);
}
sem.release();
await sem.acquire(); // 许可回到了信号量手里，而不是交给了那个已经离开的等待者
console.log("下一个调用方立刻拿到了许可");
