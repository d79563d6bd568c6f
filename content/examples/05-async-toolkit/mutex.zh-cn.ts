// 只有一个线程，并不意味着没有竞态：你在 await 的时候，状态可能已经变了。
// JavaScript 没有 asyncio.Lock，但互斥锁只要几行：一条 Promise 链。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class Mutex {
  private tail: Promise<void> = Promise.resolve();

  // 相当于 `async with lock:`——之前的每个持有者都做完了，fn 才会运行。
  runExclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.tail.then(fn);
    this.tail = run.then(() => {}, () => {}); // 即使 fn 失败了，下一个持有者也照样等待
    return run;
  }
}

const counter = new Map<string, number>();

async function unsafeIncrement(key: string): Promise<void> {
  const current = counter.get(key) ?? 0;
  await sleep(10); // 在读和写之间，模拟一段异步工作
  counter.set(key, current + 1);
}

const lock = new Mutex();
const safeIncrement = (key: string) => lock.runExclusive(() => unsafeIncrement(key));

await Promise.all(Array.from({ length: 10 }, () => unsafeIncrement("unsafe")));
await Promise.all(Array.from({ length: 10 }, () => safeIncrement("safe")));
console.log(`不加锁自增 10 次: ${counter.get("unsafe")}`);
console.log(`用互斥锁自增 10 次: ${counter.get("safe")}`);
