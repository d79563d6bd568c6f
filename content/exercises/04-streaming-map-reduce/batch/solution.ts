// Groups the items of source into arrays of `size` items (the last one may be
// shorter), and yields each batch as soon as it is full.
export async function* batch<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[], void, undefined> {
  let current: T[] = [];
  for await (const item of source) {
    current.push(item);
    // Full: out it goes, before the loop asks the source for another item.
    if (current.length === size) {
      yield current;
      current = [];
    }
  }
  // The rest, if any: never an empty batch.
  if (current.length > 0) yield current;
}

// Try it: seven documents, arriving 50 ms apart, in batches of three.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
async function* documents() {
  for (let i = 1; i <= 7; i++) {
    await sleep(50);
    console.log('source: document', i);
    yield `doc${i}`;
  }
}
for await (const chunk of batch(documents(), 3)) console.log('batch:', chunk);
