// One thread does not mean no races: state can change while you are awaiting.
// JavaScript has no asyncio.Lock, but a mutex is a few lines: a promise chain.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class Mutex {
  private tail: Promise<void> = Promise.resolve();

  // Like `async with lock:` - fn runs only after every earlier holder is done.
  // A caller whose signal aborts stops waiting at once, and its fn never runs.
  runExclusive<T>(fn: () => Promise<T>, { signal }: { signal?: AbortSignal } = {}): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const { promise, resolve, reject } = Promise.withResolvers<T>();
    const leave = () => reject(signal?.reason);
    signal?.addEventListener("abort", leave, { once: true });
    this.tail = this.tail.then(async () => {
      signal?.removeEventListener("abort", leave);
      if (signal?.aborted) return; // the caller has gone: pass the lock straight on
      try {
        resolve(await fn());
      } catch (err) {
        reject(err); // the caller gets the error; the chain itself never rejects
      }
    });
    return promise;
  }
}

const counter = new Map<string, number>();

async function unsafeIncrement(key: string): Promise<void> {
  const current = counter.get(key) ?? 0;
  await sleep(10); // simulated async work between the read and the write
  counter.set(key, current + 1);
}

const lock = new Mutex();
const safeIncrement = (key: string) => lock.runExclusive(() => unsafeIncrement(key));

await Promise.all(Array.from({ length: 10 }, () => unsafeIncrement("unsafe")));
await Promise.all(Array.from({ length: 10 }, () => safeIncrement("safe")));
console.log(`10 increments without a lock: ${counter.get("unsafe")}`);
console.log(`10 increments with the mutex:  ${counter.get("safe")}`);

// A caller that gives up after 30 ms while the lock is held: its fn never runs.
const holder = lock.runExclusive(() => sleep(100));
const giveUp = new AbortController();
setTimeout(() => giveUp.abort(new Error("gave up after 30 ms")), 30);
try {
  await lock.runExclusive(async () => console.log("never printed"), { signal: giveUp.signal });
} catch (err) {
  console.log(`waiter: ${(err as Error).message}`);
}
await holder;
