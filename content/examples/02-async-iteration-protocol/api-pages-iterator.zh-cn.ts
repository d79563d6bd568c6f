const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 来自一个假想 API 的分页数据：每次调用 next() 取一页，最多 maxPages 页。
class PageIterator implements AsyncIterableIterator<string> {
  private readonly maxPages: number;
  private currentPage = 0;

  constructor(maxPages: number) {
    this.maxPages = maxPages;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<string, undefined>> {
    if (this.currentPage >= this.maxPages) return { value: undefined, done: true };
    // 在 await 之前先占下这一页：这样即使调用相互重叠，也不会重复获取同一页，
    // 也不会超过 maxPages 页。
    const page = this.currentPage++;
    await sleep(100); // 这就是“API 调用”
    return { value: `第 ${page} 页`, done: false };
  }
}

// `for await` 替你做的事，一步步写出来：
const pages = new PageIterator(3);
const iterator = pages[Symbol.asyncIterator]();
let result = await iterator.next();
while (!result.done) {
  console.log(`收到: ${result.value}`);
  result = await iterator.next();
}
console.log("最后的结果:", result);

// 同样的事，用 `for await` 来写：
for await (const page of new PageIterator(3)) {
  console.log(`再次收到: ${page}`);
}

// 返回自身的迭代器只能用一次：`pages` 已经耗尽了。
for await (const page of pages) {
  console.log("不会打印", page);
}
console.log("对同一个对象再循环一次：什么都不剩了");
