const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 从头部逐个取出一个普通数组里的元素（Python：collections.deque 加 popleft()）。
// 它不是等待队列：数组一空，生成器就结束。
async function* drain<T>(items: T[]): AsyncGenerator<T, void, undefined> {
  while (items.length > 0) {
    await sleep(100);
    yield items.shift() as T;
  }
}

const items = [1, 2, 3, 4];
const consumer = (async () => {
  for await (const item of drain(items)) {
    console.log(`元素: ${item}`);
  }
  console.log("生成器结束了：数组已经空了");
})();

await sleep(150);
items.push(5);
console.log("生成器还在运行时，放入了 5");

await consumer;
items.push(6);
console.log("生成器结束后又放入 6；没有人会读它:", items);
