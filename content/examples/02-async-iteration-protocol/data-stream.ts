const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// A stream of items from a pretend network source.
async function* dataStream(count: number): AsyncGenerator<string, void, undefined> {
  for (let i = 0; i < count; i++) {
    console.log(`  stream: requesting item ${i}`);
    await sleep(100); // network latency
    yield `Item ${i}`;
  }
}

const t0 = performance.now();
for await (const item of dataStream(3)) {
  console.log(`Received: ${item}`);
  await sleep(50); // the consumer's own work on each item
}
// Pull-based: the stream sits paused at `yield` while the consumer works,
// so the waits add up: 3 x (100 + 50).
console.log(`total: ${Math.round(performance.now() - t0)} ms`);
