const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// A push -> pull queue with a bounded buffer: any number of producers, one consumer.
// push() waits while the buffer is full: that wait is the backpressure.
class BoundedQueue<T> {
  private readonly items: T[] = [];
  private readonly capacity: number;
  private closed = false;
  private waiting: Array<() => void> = []; // producers (buffer full) and the consumer (empty)

  constructor(capacity: number) {
    if (!(capacity >= 1)) throw new RangeError("capacity must be at least 1");
    this.capacity = capacity;
  }

  get size(): number {
    return this.items.length;
  }

  // Whoever waits wakes up on every change and checks its own condition again.
  private wait(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private wakeAll(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  // Resolves to true once the item is in the buffer, or to false if the queue closed first.
  async push(item: T): Promise<boolean> {
    while (!this.closed && this.items.length >= this.capacity) await this.wait(); // full: wait for room
    if (this.closed) return false;
    this.items.push(item);
    this.wakeAll(); // a waiting consumer can go on
    return true;
  }

  close(): void {
    this.closed = true;
    this.wakeAll();
  }

  // An async generator method is fine here: calling it returns the generator at once.
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    try {
      while (true) {
        while (this.items.length === 0) {
          if (this.closed) return;
          await this.wait(); // empty: wait for an item (or for close)
        }
        const item = this.items.shift() as T;
        this.wakeAll(); // a waiting producer has room again
        yield item;
      }
    } finally {
      this.close(); // the consumer is gone (done, break or error): no producer waits forever
    }
  }
}

async function produce(queue: BoundedQueue<number>, count: number): Promise<void> {
  for (let i = 1; i <= count; i++) {
    if (!(await queue.push(i))) {
      console.log(`producer: ${i} refused, the consumer has gone`);
      return;
    }
    console.log(`producer: ${i} accepted (buffer ${queue.size}/2)`);
  }
  queue.close();
  console.log("producer: done, queue closed");
}

const queue = new BoundedQueue<number>(2);
const producer = produce(queue, 5);
await sleep(50); // the consumer starts late: the producer fills the buffer and waits
for await (const item of queue) {
  console.log(`consumer: got ${item}`);
  await sleep(100); // a slow consumer
}
await producer;
console.log("all 5 items delivered in order");

console.log("--- the consumer stops after 2 items ---");
const early = new BoundedQueue<number>(2);
const stopped = produce(early, 5);
for await (const item of early) {
  console.log(`consumer: got ${item}`);
  if (item === 2) break; // return() runs the finally above: close()
}
await stopped; // settles, because close() woke the waiting producer
console.log("nothing is left waiting");
