const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// The async iteration protocol by hand: no generator, just two methods.
class SlowList<T> implements AsyncIterableIterator<T> {
  private readonly items: readonly T[];
  private index = 0;

  constructor(items: readonly T[]) {
    this.items = items;
  }

  // `for await` calls this first. It must hand back the iterator right away
  // (no `async` here); returning `this` makes the object its own iterator.
  [Symbol.asyncIterator](): this {
    return this;
  }

  // Every step returns a promise of { value, done }.
  async next(): Promise<IteratorResult<T, undefined>> {
    if (this.index >= this.items.length) {
      return { value: undefined, done: true }; // Python: raise StopAsyncIteration
    }
    const value = this.items[this.index++];
    await sleep(100); // pretend each item takes a while to arrive
    return { value, done: false };
  }
}

for await (const item of new SlowList([1, 2, 3, 4, 5])) {
  console.log(`Got item: ${item}`);
}
console.log("done: next() returned { done: true }");
