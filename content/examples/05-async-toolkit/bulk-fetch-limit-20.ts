// Bulk fetching with a typed result record, bounded concurrency and a timeout per request.
// 60 simulated URLs, at most LIMIT requests in flight. Change LIMIT and rerun.
const LIMIT = 20;
const TIMEOUT_MS = 200; // per request, counted from the moment it holds a permit

// A sleep that an AbortSignal cuts short, as fetch is cut short by its signal.
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
// one fails outright (fetch rejects only on network errors), and /items/3
// never answers at all, like a server that accepts the connection and stalls.
async function fakeFetch(url: string, { signal }: { signal?: AbortSignal } = {}): Promise<Response> {
  const n = Number(url.split("/").pop());
  await sleep(n === 3 ? 60_000 : 40 + ((n * 7) % 30), signal);
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
      // The deadline starts here, inside run(): made before acquire(), it would
      // run down while the request still waits in line for a permit.
      const res = await fakeFetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      if (!res.ok) return { url, status: res.status, data: null, error: `HTTP ${res.status}` };
      return { url, status: res.status, data: (await res.json()) as { id: number }, error: null };
    } catch (err) {
      // A timeout is a DOMException named TimeoutError; its message differs between engines.
      const error = err instanceof DOMException ? err.name : String(err);
      return { url, status: 0, data: null, error };
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
