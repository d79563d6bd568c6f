// fails: streams: by then the source had handed out 4 items
export async function* batch<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[], void, undefined> {
  let current: T[] = [];
  for await (const item of source) {
    // Yields a full batch only when the next item arrives: one item late.
    if (current.length === size) {
      yield current;
      current = [];
    }
    current.push(item);
  }
  if (current.length > 0) yield current;
}
