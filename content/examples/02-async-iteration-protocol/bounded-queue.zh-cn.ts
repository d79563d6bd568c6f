const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 一个带有界缓冲区的“推 -> 拉”队列：生产者可以有任意多个，消费者只有一个。
// 缓冲区满时 push() 就等待：这段等待就是背压。
class BoundedQueue<T> {
  private readonly items: T[] = [];
  private readonly capacity: number;
  private closed = false;
  private waiting: Array<() => void> = []; // 等待中的生产者（缓冲区满）和消费者（缓冲区空）

  constructor(capacity: number) {
    if (!(capacity >= 1)) throw new RangeError("容量至少为 1");
    this.capacity = capacity;
  }

  get size(): number {
    return this.items.length;
  }

  // 每次有变化，所有等待者都会被唤醒，各自重新检查自己的条件。
  private wait(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private wakeAll(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  // 元素放进缓冲区后兑现为 true；如果队列先关闭了，则兑现为 false。
  async push(item: T): Promise<boolean> {
    while (!this.closed && this.items.length >= this.capacity) await this.wait(); // 满了：等待空位
    if (this.closed) return false;
    this.items.push(item);
    this.wakeAll(); // 等待中的消费者可以继续了
    return true;
  }

  close(): void {
    this.closed = true;
    this.wakeAll();
  }

  // 这里用异步生成器方法没有问题：调用它会立刻返回生成器。
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    try {
      while (true) {
        while (this.items.length === 0) {
          if (this.closed) return;
          await this.wait(); // 空了：等待新元素（或者等待关闭）
        }
        const item = this.items.shift() as T;
        this.wakeAll(); // 等待中的生产者又有空位了
        yield item;
      }
    } finally {
      this.close(); // 消费者走了（读完、break 或出错）：不让任何生产者永远等下去
    }
  }
}

async function produce(queue: BoundedQueue<number>, count: number): Promise<void> {
  for (let i = 1; i <= count; i++) {
    if (!(await queue.push(i))) {
      console.log(`生产者: ${i} 被拒收，消费者已经走了`);
      return;
    }
    console.log(`生产者: ${i} 已入队（缓冲区 ${queue.size}/2）`);
  }
  queue.close();
  console.log("生产者: 完成，队列已关闭");
}

const queue = new BoundedQueue<number>(2);
const producer = produce(queue, 5);
await sleep(50); // 消费者来晚了：生产者先把缓冲区填满，然后等待
for await (const item of queue) {
  console.log(`消费者: 拿到 ${item}`);
  await sleep(100); // 一个慢吞吞的消费者
}
await producer;
console.log("5 个元素全部按顺序送达");

console.log("--- 消费者拿到 2 个元素后就停下 ---");
const early = new BoundedQueue<number>(2);
const stopped = produce(early, 5);
for await (const item of early) {
  console.log(`消费者: 拿到 ${item}`);
  if (item === 2) break; // return() 会执行上面的 finally：close()
}
await stopped; // 能够敲定，因为 close() 唤醒了等待中的生产者
console.log("没有谁还在等待");
