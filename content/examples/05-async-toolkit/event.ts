// asyncio.Event: many tasks wait until one task says "go".
// A promise that is resolved later is exactly that; clear() swaps in a fresh one.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class AsyncEvent {
  private gate = Promise.withResolvers<void>();
  private flag = false;

  isSet(): boolean {
    return this.flag;
  }
  set(): void {
    this.flag = true;
    this.gate.resolve(); // wakes every waiter
  }
  clear(): void {
    if (this.flag) {
      this.flag = false;
      this.gate = Promise.withResolvers<void>();
    }
  }
  wait(): Promise<void> {
    return this.gate.promise;
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
