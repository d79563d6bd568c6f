// Passes every item on, but asks the source for the next item only when the loop
// asks for it: the source's wait and the loop's work add up. Make it ask for the next
// item as soon as it hands one out (one item ahead, no more), and keep the cleanup:
// when the loop breaks, the source's return() must still run.
export async function* prefetch<T>(source: AsyncIterable<T>): AsyncGenerator<T, void, undefined> {
  for await (const item of source) yield item;
}

// Try it: a source that takes 50 ms per item, and a loop that works 50 ms on each.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
async function* slowSource(): AsyncGenerator<number, void, undefined> {
  for (let i = 1; i <= 4; i++) {
    await sleep(50);
    yield i;
  }
}
const t0 = performance.now();
for await (const item of prefetch(slowSource())) {
  await sleep(50);
  console.log(`item ${item} done at ${Math.round(performance.now() - t0)} ms`);
}
