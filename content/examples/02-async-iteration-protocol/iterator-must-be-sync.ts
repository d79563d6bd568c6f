// [Symbol.asyncIterator]() must return the iterator itself, synchronously.
// Marking it `async` (the mirror of Python's `async def __aiter__`) breaks it.
const broken = {
  count: 0,
  async [Symbol.asyncIterator]() {
    return this; // wrapped in a Promise by `async`: the Promise has no next()
  },
  async next(): Promise<IteratorResult<number, undefined>> {
    return this.count < 2 ? { value: this.count++, done: false } : { value: undefined, done: true };
  },
};

try {
  // TypeScript already refuses `for await` over `broken`; the cast lets us see what JS does.
  for await (const n of broken as unknown as AsyncIterable<number>) {
    console.log("never printed", n);
  }
} catch (err) {
  console.log(`${(err as Error).name}: ${(err as Error).message}`);
}

// Fixed: a plain method. `next()` is the one that returns promises.
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
  console.log("fixed iterator gave", n);
}
