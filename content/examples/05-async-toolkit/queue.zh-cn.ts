// 几行代码写一个 asyncio.Queue：队列空时 get() 等待，
// 队列满时 put() 等待（这段等待就是背压）。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class AsyncQueue<T> {
  private items: T[] = [];
  private getters: Array<(item: T) => void> = [];
  private putters: Array<(free: void) => void> = [];
  private maxsize: number;

  constructor(maxsize = 0) {
    this.maxsize = maxsize > 0 ? maxsize : Infinity; // 和 Python 一样，0 表示不设上限
  }

  async put(item: T, { signal }: { signal?: AbortSignal } = {}): Promise<void> {
    signal?.throwIfAborted(); // 和 fetch 一样：已经放弃的调用方什么也拿不到
    while (this.items.length >= this.maxsize) {
      await this.wait(this.putters, signal); // 等一个空位
    }
    const getter = this.getters.shift();
    if (getter) getter(item); // 已经有人在等：直接交给它
    else this.items.push(item);
  }

  async get({ signal }: { signal?: AbortSignal } = {}): Promise<T> {
    signal?.throwIfAborted(); // 和 fetch 一样：已经放弃的调用方什么也拿不到
    if (this.items.length > 0) {
      const item = this.items.shift() as T;
      this.putters.shift()?.(); // 空出一个位置：唤醒一个被阻塞的生产者
      return item;
    }
    return this.wait(this.getters, signal);
  }

  // 排进等待者的队伍；如果信号先中止了，就离开队伍：元素（或空位）
  // 永远不会交给一个已经不再等待的调用方。
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
    await queue.put(i); // 队列里已经有 2 个元素时，在这里等待
    console.log(`生产了 ${i}（${since()}）`);
  }
  await queue.put(null); // 毒丸：“没有活了”
  console.log(`生产者完成（${since()}）`);
}

async function consumer(queue: AsyncQueue<number | null>, name: string): Promise<void> {
  while (true) {
    const item = await queue.get();
    if (item === null) {
      await queue.put(null); // 把毒丸传给下一个消费者
      console.log(`  [${name}] 停止`);
      return;
    }
    console.log(`  [${name}] 消费 ${item}`);
    await sleep(100); // 模拟处理过程
  }
}

const queue = new AsyncQueue<number | null>(2);
const consumers = ["C0", "C1", "C2"].map((name) => consumer(queue, name));
await producer(queue, 9);
await Promise.all(consumers);
console.log(`全部完成（${since()}）`);

// 50 ms 后放弃的 get() 会离开队伍，所以下一个元素不会丢失。
const inbox = new AsyncQueue<string>();
const giveUp = new AbortController();
setTimeout(() => giveUp.abort(new Error("50 ms 内什么都没来")), 50);
try {
  await inbox.get({ signal: giveUp.signal });
} catch (err) {
  console.log(`get: ${(err as Error).message}`);
}
await inbox.put("迟到的元素");
console.log(`下一次 get() 收到了“${await inbox.get()}”`);

// 和 Python 一样，maxsize 为 0 表示不设上限：连续五次 put() 都不必等 get()。
const unbounded = new AsyncQueue<number>(0);
for (let i = 0; i < 5; i++) await unbounded.put(i);
const drained: number[] = [];
for (let i = 0; i < 5; i++) drained.push(await unbounded.get());
console.log(`AsyncQueue(0) 装下了全部五个: ${drained.join(", ")}`);
