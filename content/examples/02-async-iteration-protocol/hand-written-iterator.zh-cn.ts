const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 手写异步迭代协议：不用生成器，只要两个方法。
class SlowList<T> implements AsyncIterableIterator<T> {
  private readonly items: readonly T[];
  private index = 0;

  constructor(items: readonly T[]) {
    this.items = items;
  }

  // `for await` 首先调用它。它必须立刻交回迭代器
  // （这里不能加 `async`）；返回 `this`，对象就成了它自己的迭代器。
  [Symbol.asyncIterator](): this {
    return this;
  }

  // 每一步都返回一个 `{ value, done }` 的 Promise。
  async next(): Promise<IteratorResult<T, undefined>> {
    if (this.index >= this.items.length) {
      return { value: undefined, done: true }; // Python：raise StopAsyncIteration
    }
    const value = this.items[this.index++];
    await sleep(100); // 假装每个元素都要过一会儿才到
    return { value, done: false };
  }
}

for await (const item of new SlowList([1, 2, 3, 4, 5])) {
  console.log(`拿到元素: ${item}`);
}
console.log("结束：next() 返回了 { done: true }");
