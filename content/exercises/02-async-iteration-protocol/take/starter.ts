// Yields the first n items of source, then stops: it asks the source for no
// more than n items, and lets the source clean up (its finally runs).
export async function* take<T>(source: AsyncIterable<T>, n: number): AsyncGenerator<T, void, undefined> {
  // For now it yields every item: make it stop after the first n.
  for await (const item of source) yield item;
}

// Try it: a source of ten numbers, and the first three of them.
async function* naturals(last: number) {
  try {
    for (let i = 1; i <= last; i++) yield i;
  } finally {
    console.log('naturals: cleaned up');
  }
}
for await (const n of take(naturals(10), 3)) console.log(n);
