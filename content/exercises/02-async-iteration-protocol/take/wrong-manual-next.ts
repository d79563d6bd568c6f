// fails: cleans-up: return() was never called
export async function* take<T>(source: AsyncIterable<T>, n: number): AsyncGenerator<T, void, undefined> {
  // Calling next() by hand: nothing calls the source's return() when it stops.
  const it = source[Symbol.asyncIterator]();
  for (let i = 0; i < n; i++) {
    const { value, done } = await it.next();
    if (done) return;
    yield value;
  }
}
