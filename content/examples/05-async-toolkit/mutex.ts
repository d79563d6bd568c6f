// One thread does not mean no races: state can change while you are awaiting.
// JavaScript has no asyncio.Lock, but a mutex is a few lines: a promise chain.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class Mutex {
  private tail: Promise<void> = Promise.resolve();

  // Like `async with lock:` - fn runs only after every earlier holder is done.
  runExclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.tail.then(fn);
    this.tail = run.then(() => {}, () => {}); // the next holder waits, even if fn failed
    return run;
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
