// fails: stops-source: the source's finally had not run
export async function* batch<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[], void, undefined> {
  // Drives the source by hand: a break in the consumer never reaches it.
  const it = source[Symbol.asyncIterator]();
  for (;;) {
    const current: T[] = [];
    while (current.length < size) {
      const r = await it.next();
      if (r.done) break;
      current.push(r.value);
    }
    if (current.length > 0) yield current;
    if (current.length < size) return;
  }
}
