// 只有一个线程，并不意味着没有竞态：你在 await 的时候，状态可能已经变了。
// JavaScript 没有 asyncio.Lock，但互斥锁只要几行：一条 Promise 链。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class Mutex {
  private tail: Promise<void> = Promise.resolve();

  // 相当于 `async with lock:`——之前的每个持有者都做完了，fn 才会运行。
  // 调用方的信号一旦中止，它立刻不再等待，它的 fn 也永远不会运行。
  runExclusive<T>(fn: () => Promise<T>, { signal }: { signal?: AbortSignal } = {}): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const { promise, resolve, reject } = Promise.withResolvers<T>();
    const leave = () => reject(signal?.reason);
    signal?.addEventListener("abort", leave, { once: true });
    this.tail = this.tail.then(async () => {
      signal?.removeEventListener("abort", leave);
      if (signal?.aborted) return; // 调用方已经走了：直接把锁交给下一个
      try {
        resolve(await fn());
      } catch (err) {
        reject(err); // 错误交给调用方；链条本身从不拒绝
      }
    });
    return promise;
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

// 锁被占用时，一个调用方在 30 ms 后放弃：它的 fn 永远不会运行。
const holder = lock.runExclusive(() => sleep(100));
const giveUp = new AbortController();
setTimeout(() => giveUp.abort(new Error("30 ms 后放弃了")), 30);
try {
  await lock.runExclusive(async () => console.log("永远不会打印"), { signal: giveUp.signal });
} catch (err) {
  console.log(`等待者: ${(err as Error).message}`);
}
await holder;
