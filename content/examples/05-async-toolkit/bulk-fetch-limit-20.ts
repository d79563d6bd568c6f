// Bulk fetching with a typed result record and bounded concurrency.
// 60 simulated URLs, at most LIMIT requests in flight. Change LIMIT and rerun.
const LIMIT = 20;

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

// The simulated network: 40-69 ms per request; a few answer 404 or 500,
// and one fails outright (fetch rejects only on network errors).
async function fakeFetch(url: string): Promise<Response> {
  const n = Number(url.split("/").pop());
  await sleep(40 + ((n * 7) % 30));
  if (n === 42) throw new TypeError("network error");
  const status = n % 25 === 13 ? 500 : n % 20 === 7 ? 404 : 200;
  return new Response(JSON.stringify({ id: n }), { status });
}

type FetchResult = {
  url: string;
  status: number; // 0 when no response arrived
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
      const res = await fakeFetch(url);
      if (!res.ok) return { url, status: res.status, data: null, error: `HTTP ${res.status}` };
      return { url, status: res.status, data: (await res.json()) as { id: number }, error: null };
    } catch (err) {
      return { url, status: 0, data: null, error: String(err) };
    } finally {
      inFlight--;
    }
  });
}

async function bulkFetch(urls: string[], concurrency: number): Promise<FetchResult[]> {
  const sem = new Semaphore(concurrency);
  return Promise.all(urls.map((url) => fetchOne(url, sem))); // never rejects: errors are data
}

const urls = Array.from({ length: 60 }, (_, i) => `https://api.example.com/items/${i}`);
const t0 = performance.now();
const results = await bulkFetch(urls, LIMIT);
const failed = results.filter((r) => r.error !== null);
console.log(`limit ${LIMIT}: at most ${peak} requests in flight`);
console.log(`succeeded: ${results.length - failed.length}, failed: ${failed.length}`);
for (const r of failed) console.log(`  ${r.url.replace("https://api.example.com", "")}: ${r.error}`);
console.log(`elapsed: ${Math.round(performance.now() - t0)} ms`);
