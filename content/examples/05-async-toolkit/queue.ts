// asyncio.Queue in a few lines: get() waits while the queue is empty,
// put() waits while it is full (that wait is the back-pressure).
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class AsyncQueue<T> {
  private items: T[] = [];
  private getters: Array<(item: T) => void> = [];
  private putters: Array<() => void> = [];
  private maxsize: number;

  constructor(maxsize = Infinity) {
    this.maxsize = maxsize;
  }

  async put(item: T): Promise<void> {
    while (this.items.length >= this.maxsize) {
      const { promise, resolve } = Promise.withResolvers<void>();
      this.putters.push(resolve);
      await promise; // wait for a free place
    }
    const getter = this.getters.shift();
    if (getter) getter(item); // someone is already waiting: hand it over
    else this.items.push(item);
  }

  async get(): Promise<T> {
    if (this.items.length > 0) {
      const item = this.items.shift() as T;
      this.putters.shift()?.(); // a place is free: wake one blocked producer
      return item;
    }
    const { promise, resolve } = Promise.withResolvers<T>();
    this.getters.push(resolve);
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
