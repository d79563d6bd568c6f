// fails: batches: the batches of the numbers 1 … 6 in 3s: [ [ 1, 2, 3 ], [ 4, 5, 6 ], [] ]
export async function* batch<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[], void, undefined> {
  let current: T[] = [];
  for await (const item of source) {
    current.push(item);
    if (current.length === size) {
      yield current;
      current = [];
    }
  }
  // Yields what is left even when nothing is: an empty batch after a full one.
  yield current;
}
