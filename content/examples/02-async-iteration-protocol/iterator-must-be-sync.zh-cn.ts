// [Symbol.asyncIterator]() 必须同步地返回迭代器本身。
// 把它标成 `async`（对应 Python 的 `async def __aiter__`）就会出错。
const broken = {
  count: 0,
  async [Symbol.asyncIterator]() {
    return this; // 被 `async` 包进了一个 Promise：而 Promise 没有 next()
  },
  async next(): Promise<IteratorResult<number, undefined>> {
    return this.count < 2 ? { value: this.count++, done: false } : { value: undefined, done: true };
  },
};

try {
  // TypeScript 本来就不允许对 `broken` 使用 `for await`；加上类型断言，好看看 JS 实际会怎样。
  for await (const n of broken as unknown as AsyncIterable<number>) {
    console.log("不会打印", n);
  }
} catch (err) {
  console.log(`${(err as Error).name}: ${(err as Error).message}`);
}

// 修正：改成普通方法。返回 Promise 的应该是 `next()`。
const fixed = {
  count: 0,
  [Symbol.asyncIterator]() {
    return this;
  },
  async next(): Promise<IteratorResult<number, undefined>> {
    return this.count < 2 ? { value: this.count++, done: false } : { value: undefined, done: true };
  },
};

for await (const n of fixed) {
  console.log("修正后的迭代器给出", n);
}
