// fails: overlap: the two waits added up
// Asks for the next item after the yield: that line runs only when the loop comes back.
export async function* prefetch<T>(source: AsyncIterable<T>): AsyncGenerator<T, void, undefined> {
  const iterator = source[Symbol.asyncIterator]();
  let pending = iterator.next();
  try {
    while (true) {
      const result = await pending;
      if (result.done) return;
      yield result.value;
      pending = iterator.next();
    }
  } finally {
    await iterator.return?.();
  }
}
