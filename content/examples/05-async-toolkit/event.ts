// asyncio.Event: many tasks wait until one task says "go".
// Each waiter gets a promise that set() resolves later, all at once.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class AsyncEvent {
  private flag = false;
  private waiters = new Set<() => void>();

  isSet(): boolean {
    return this.flag;
  }
  set(): void {
    this.flag = true;
    for (const wake of this.waiters) wake(); // wakes every waiter
    this.waiters.clear();
  }
  clear(): void {
    this.flag = false; // later waits block again until the next set()
  }
  // A waiter whose signal aborts leaves the set, so nothing keeps it around.
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
  console.log(`${name}: waiting for the event...`);
  await event.wait();
  console.log(`${name}: the event fired (${since()})`);
}

async function setter(event: AsyncEvent): Promise<void> {
  await sleep(300);
  console.log(`setter: set() (${since()})`);
  event.set();
}

const event = new AsyncEvent();
await Promise.all([waiter("A", event), waiter("B", event), setter(event)]);
console.log(`isSet: ${event.isSet()}; a late waiter passes straight through:`);
await waiter("C", event);

// A waiter that gives up after 50 ms: its signal takes it out of the set.
const other = new AsyncEvent();
const giveUp = new AbortController();
setTimeout(() => giveUp.abort(new Error("gave up after 50 ms")), 50);
try {
  await other.wait({ signal: giveUp.signal });
} catch (err) {
  console.log(`D: ${(err as Error).message}`);
}
