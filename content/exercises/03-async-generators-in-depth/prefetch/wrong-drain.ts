// fails: one-ahead: prefetch drained it
// Reads the source in the background as fast as it can: an unbounded buffer.
export async function* prefetch<T>(source: AsyncIterable<T>): AsyncGenerator<T, void, undefined> {
  const buffer: T[] = [];
  let finished = false;
  let wake = () => {};
  const pump = (async () => {
    for await (const item of source) {
      buffer.push(item);
      wake();
    }
    finished = true;
    wake();
  })();
  while (true) {
    if (buffer.length > 0) yield buffer.shift()!;
    else if (finished) return await pump;
    else await new Promise<void>((resolve) => (wake = resolve));
  }
}
