// asyncio.Event：许多任务一直等待，直到某个任务发话“开始”。
// 一个稍后才兑现的 Promise 恰好就是这个；clear() 则换上一个新的 Promise。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class AsyncEvent {
  private gate = Promise.withResolvers<void>();
  private flag = false;

  isSet(): boolean {
    return this.flag;
  }
  set(): void {
    this.flag = true;
    this.gate.resolve(); // 唤醒每一个等待者
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
