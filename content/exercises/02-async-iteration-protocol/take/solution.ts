// Yields the first n items of source, then stops: it asks the source for no
// more than n items, and lets the source clean up (its finally runs).
export async function* take<T>(source: AsyncIterable<T>, n: number): AsyncGenerator<T, void, undefined> {
  if (n <= 0) return;
  let count = 0;
  for await (const item of source) {
    yield item;
    // Stop right after the n-th item, before the loop asks for one more;
    // leaving the loop calls the source's return(), so its finally runs.
    if (++count >= n) return;
  }
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
