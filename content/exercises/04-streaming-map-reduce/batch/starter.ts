// Groups the items of source into arrays of `size` items (the last one may be
// shorter), and yields each batch as soon as it is full.
export async function* batch<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[], void, undefined> {
  // For now it reads the whole source before it yields anything. Make it yield
  // each batch as soon as it has `size` items, without reading ahead.
  const all = await Array.fromAsync(source);
  for (let i = 0; i < all.length; i += size) yield all.slice(i, i + size);
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
