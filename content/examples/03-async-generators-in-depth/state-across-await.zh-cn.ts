const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 只有一个线程，也没有抢占……照样会有竞态：函数挂起在 await 处的时候，
// 余额可能已经变了。
let balance = 100;

async function withdraw(who: string, amount: number): Promise<void> {
  if (balance >= amount) {
    console.log(`${who}: 余额 ${balance}，够取 ${amount}`);
    await sleep(50); // 比如去问支付服务；与此同时，另一笔取款在运行
    balance -= amount; // 依据的检查结果可能已经不成立了
    console.log(`${who}: 取走 ${amount}，余额变为 ${balance}`);
  } else {
    console.log(`${who}: 被拒绝，余额只有 ${balance}`);
  }
}

console.log("--- 不加锁 ---");
await Promise.all([withdraw("小王", 80), withdraw("小李", 80)]);
console.log(`最终余额: ${balance}`);

// 一把最简单的锁：每个临界区都等上一个执行完再开始。
// （在 Python 里这是 asyncio.Lock 的活；第 5 章会做一个更完整的。）
function createLock() {
  let tail: Promise<unknown> = Promise.resolve();
  return function exclusive<T>(section: () => Promise<T>): Promise<T> {
    const result = tail.then(section);
    tail = result.catch(() => undefined); // 某个临界区失败了，也不能把锁卡死
    return result;
  };
}

console.log("--- 加锁 ---");
balance = 100;
const exclusive = createLock();
await Promise.all([exclusive(() => withdraw("小王", 80)), exclusive(() => withdraw("小李", 80))]);
console.log(`最终余额: ${balance}`);
