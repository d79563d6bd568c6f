// fails: failed-ahead: a rejection nobody handled
// Cleans up on break, but nobody handles the error of the item that was in flight.
export async function* prefetch<T>(source: AsyncIterable<T>): AsyncGenerator<T, void, undefined> {
  const iterator = source[Symbol.asyncIterator]();
  let pending = iterator.next();
  let ahead = false;
  try {
    while (true) {
      ahead = false;
      const result = await pending;
      if (result.done) return;
      pending = iterator.next();
      ahead = true;
      yield result.value;
    }
  } finally {
    if (ahead) await iterator.return?.();
  }
}
