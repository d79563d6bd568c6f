// asyncio.Event：许多任务一直等待，直到某个任务发话“开始”。
// 每个等待者拿到一个 Promise，set() 稍后把它们一起兑现。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class AsyncEvent {
  private flag = false;
  private waiters = new Set<() => void>();

  isSet(): boolean {
    return this.flag;
  }
  set(): void {
    this.flag = true;
    for (const wake of this.waiters) wake(); // 唤醒每一个等待者
    this.waiters.clear();
  }
  clear(): void {
    this.flag = false; // 之后的等待重新阻塞，直到下一次 set()
  }
  // 信号中止的等待者会离开集合，不会有任何东西继续留着它。
  wait({ signal }: { signal?: AbortSignal } = {}): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.flag) return Promise.resolve();
    const { promise, resolve, reject } = Promise.withResolvers<void>();
    const wake = () => {
      signal?.removeEventListener("abort", leave);
      resolve();
    };
    const leave = () => {
      this.waiters.delete(wake);
      reject(signal?.reason);
    };
    this.waiters.add(wake);
    signal?.addEventListener("abort", leave, { once: true });
    return promise;
  }
}

const t0 = performance.now();
const since = () => `${Math.round(performance.now() - t0)} ms`;

async function waiter(name: string, event: AsyncEvent): Promise<void> {
  console.log(`${name}: 等待事件……`);
  await event.wait();
  console.log(`${name}: 事件触发了（${since()}）`);
}

async function setter(event: AsyncEvent): Promise<void> {
  await sleep(300);
  console.log(`setter: set()（${since()}）`);
  event.set();
}

const event = new AsyncEvent();
await Promise.all([waiter("A", event), waiter("B", event), setter(event)]);
console.log(`isSet: ${event.isSet()}；来晚的等待者直接通过:`);
await waiter("C", event);

// 一个 50 ms 后放弃的等待者：它的信号把它移出集合。
const other = new AsyncEvent();
const giveUp = new AbortController();
setTimeout(() => giveUp.abort(new Error("50 ms 后放弃了")), 50);
try {
  await other.wait({ signal: giveUp.signal });
} catch (err) {
  console.log(`D: ${(err as Error).message}`);
}
