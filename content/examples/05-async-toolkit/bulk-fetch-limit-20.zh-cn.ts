// 批量获取：结果是带类型的记录，并发数有上限，每个请求都有时限。
// 60 个模拟的 URL，同时进行的请求最多 LIMIT 个。改一改 LIMIT 再运行试试。
const LIMIT = 20;
const TIMEOUT_MS = 200; // 每个请求的时限，从它拿到许可的那一刻算起

// 能被 AbortSignal 提前打断的 sleep，就像 fetch 会被它的信号打断一样。
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

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

// 模拟的网络：每个请求 40-69 ms；有几个返回 404 或 500，
// 一个直接失败（fetch 只在网络出错时才拒绝），而 /items/3 永远不会应答，
// 就像一台接受了连接却迟迟不回话的服务器。
async function fakeFetch(url: string, { signal }: { signal?: AbortSignal } = {}): Promise<Response> {
  const n = Number(url.split("/").pop());
  await sleep(n === 3 ? 60_000 : 40 + ((n * 7) % 30), signal);
  if (n === 42) throw new TypeError("网络错误");
  const status = n % 25 === 13 ? 500 : n % 20 === 7 ? 404 : 200;
  return new Response(JSON.stringify({ id: n }), { status });
}

type FetchResult = {
  url: string;
  status: number; // 没有收到响应时为 0
  data: { id: number } | null;
  error: string | null;
};

let inFlight = 0;
let peak = 0;

async function fetchOne(url: string, sem: Semaphore): Promise<FetchResult> {
  return sem.run(async () => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    try {
      // 时限从这里、在 run() 里面开始计算：如果在 acquire() 之前就创建，
      // 请求还在排队等许可时，它就已经在倒计时了。
      const res = await fakeFetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      if (!res.ok) return { url, status: res.status, data: null, error: `HTTP ${res.status}` };
      return { url, status: res.status, data: (await res.json()) as { id: number }, error: null };
    } catch (err) {
      // 超时是一个名为 TimeoutError 的 DOMException；它的消息因引擎而异。
      const error = err instanceof DOMException ? err.name : String(err);
      return { url, status: 0, data: null, error };
    } finally {
      inFlight--;
    }
  });
}

async function bulkFetch(urls: string[], concurrency: number): Promise<FetchResult[]> {
  const sem = new Semaphore(concurrency);
  return Promise.all(urls.map((url) => fetchOne(url, sem))); // 永远不会拒绝：错误也是数据
}

const urls = Array.from({ length: 60 }, (_, i) => `https://api.example.com/items/${i}`);
const t0 = performance.now();
const results = await bulkFetch(urls, LIMIT);
const failed = results.filter((r) => r.error !== null);
console.log(`上限 ${LIMIT}: 同时进行的请求最多 ${peak} 个`);
console.log(`成功: ${results.length - failed.length}，失败: ${failed.length}`);
for (const r of failed) console.log(`  ${r.url.replace("https://api.example.com", "")}: ${r.error}`);
console.log(`耗时: ${Math.round(performance.now() - t0)} ms`);
