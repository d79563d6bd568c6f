// fails: asks-for-n: it asked the source for 4 items
export async function* take<T>(source: AsyncIterable<T>, n: number): AsyncGenerator<T, void, undefined> {
  let count = 0;
  for await (const item of source) {
    // Counted before yielding: the loop has already asked for the item it then drops.
    if (count++ >= n) return;
    yield item;
  }
}
