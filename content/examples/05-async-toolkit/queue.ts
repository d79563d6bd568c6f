// asyncio.Queue in a few lines: get() waits while the queue is empty,
// put() waits while it is full (that wait is the back-pressure).
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class AsyncQueue<T> {
  private items: T[] = [];
  private getters: Array<(item: T) => void> = [];
  private putters: Array<(free: void) => void> = [];
  private maxsize: number;

  constructor(maxsize = 0) {
    this.maxsize = maxsize > 0 ? maxsize : Infinity; // as in Python, 0 means unbounded
  }

  async put(item: T, { signal }: { signal?: AbortSignal } = {}): Promise<void> {
    signal?.throwIfAborted(); // as fetch does: a caller that has already given up gets nothing
    while (this.items.length >= this.maxsize) {
      await this.wait(this.putters, signal); // for a free place
    }
    const getter = this.getters.shift();
    if (getter) getter(item); // someone is already waiting: hand it over
    else this.items.push(item);
  }

  async get({ signal }: { signal?: AbortSignal } = {}): Promise<T> {
    signal?.throwIfAborted(); // as fetch does: a caller that has already given up gets nothing
    if (this.items.length > 0) {
      const item = this.items.shift() as T;
      this.putters.shift()?.(); // a place is free: wake one blocked producer
      return item;
    }
    return this.wait(this.getters, signal);
  }

  // Joins a line of waiters, and leaves it if the signal aborts first: an item
  // (or a free place) is never handed to a caller that stopped waiting.
  private wait<V>(line: Array<(value: V) => void>, signal?: AbortSignal): Promise<V> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const { promise, resolve, reject } = Promise.withResolvers<V>();
    const wake = (value: V) => {
      signal?.removeEventListener("abort", leave);
      resolve(value);
    };
    const leave = () => {
      line.splice(line.indexOf(wake), 1);
      reject(signal?.reason);
    };
    line.push(wake);
    signal?.addEventListener("abort", leave, { once: true });
    return promise;
  }
}

const t0 = performance.now();
const since = () => `${Math.round(performance.now() - t0)} ms`;

async function producer(queue: AsyncQueue<number | null>, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await queue.put(i); // waits while the queue already holds 2 items
    console.log(`produced ${i} (${since()})`);
  }
  await queue.put(null); // poison pill: "no more work"
  console.log(`producer done (${since()})`);
}

async function consumer(queue: AsyncQueue<number | null>, name: string): Promise<void> {
  while (true) {
    const item = await queue.get();
    if (item === null) {
      await queue.put(null); // pass the pill on to the next consumer
      console.log(`  [${name}] stops`);
      return;
    }
    console.log(`  [${name}] consumes ${item}`);
    await sleep(100); // simulated processing
  }
}

const queue = new AsyncQueue<number | null>(2);
const consumers = ["C0", "C1", "C2"].map((name) => consumer(queue, name));
await producer(queue, 9);
await Promise.all(consumers);
console.log(`all done (${since()})`);

// A get() that gives up after 50 ms leaves the line, so the next item is not lost.
const inbox = new AsyncQueue<string>();
const giveUp = new AbortController();
setTimeout(() => giveUp.abort(new Error("nothing came within 50 ms")), 50);
try {
  await inbox.get({ signal: giveUp.signal });
} catch (err) {
  console.log(`get: ${(err as Error).message}`);
}
await inbox.put("late item");
console.log(`the next get() receives the ${await inbox.get()}`);

// As in Python, maxsize 0 means no limit: five put()s in a row return without a get().
const unbounded = new AsyncQueue<number>(0);
for (let i = 0; i < 5; i++) await unbounded.put(i);
const drained: number[] = [];
for (let i = 0; i < 5; i++) drained.push(await unbounded.get());
console.log(`AsyncQueue(0) held all five: ${drained.join(", ")}`);
