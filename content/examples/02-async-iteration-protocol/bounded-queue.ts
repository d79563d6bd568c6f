const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// A push -> pull queue with a bounded buffer, for one producer and one consumer.
// push() waits while the buffer is full: that wait is the backpressure.
class BoundedQueue<T> {
  private readonly items: T[] = [];
  private readonly capacity: number;
  private closed = false;
  private wakeUp: (() => void) | undefined; // whoever is waiting: producer (full) or consumer (empty)

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  get size(): number {
    return this.items.length;
  }

  private wait(): Promise<void> {
    return new Promise((resolve) => (this.wakeUp = resolve));
  }

  private wake(): void {
    const resolve = this.wakeUp;
    this.wakeUp = undefined;
    resolve?.();
  }

  async push(item: T): Promise<void> {
    while (this.items.length >= this.capacity) await this.wait(); // full: wait for room
    this.items.push(item);
    this.wake(); // a waiting consumer can go on
  }

  close(): void {
    this.closed = true;
    this.wake();
  }

  // An async generator method is fine here: calling it returns the generator at once.
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    while (true) {
      while (this.items.length === 0) {
        if (this.closed) return;
        await this.wait(); // empty: wait for an item (or for close)
      }
      const item = this.items.shift() as T;
      this.wake(); // a waiting producer has room again
      yield item;
    }
  }
}

const queue = new BoundedQueue<number>(2);

const producer = (async () => {
  for (let i = 1; i <= 5; i++) {
    await queue.push(i); // resolves only when there is room
    console.log(`producer: ${i} accepted (buffer ${queue.size}/2)`);
  }
  queue.close();
  console.log("producer: done, queue closed");
})();

await sleep(50); // the consumer starts late: the producer fills the buffer and waits
for await (const item of queue) {
  console.log(`consumer: got ${item}`);
  await sleep(100); // a slow consumer
}
await producer;
console.log("all 5 items delivered in order");
