// fails: cleans-up: its return() was not called
// Runs one ahead, but a break leaves the source suspended for ever.
export async function* prefetch<T>(source: AsyncIterable<T>): AsyncGenerator<T, void, undefined> {
  const iterator = source[Symbol.asyncIterator]();
  let pending = iterator.next();
  while (true) {
    const result = await pending;
    if (result.done) return;
    pending = iterator.next();
    pending.catch(() => {});
    yield result.value;
  }
}
