// ✅ Two correct ways: for...of with await (one at a time, in order), or
// Promise.all over map (all at once; results still in input order).
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let t0 = performance.now();
const since = () => `${Math.round(performance.now() - t0)} ms`;

async function processItem(id: number): Promise<number> {
  await sleep(200 - id * 50); // 150, 100, 50 ms
  console.log(`  processed ${id} (${since()})`);
  return id;
}

for (const id of [1, 2, 3]) {
  await processItem(id);
}
console.log(`after for...of: all processed (${since()})`);

t0 = performance.now();
const ids = await Promise.all([1, 2, 3].map((id) => processItem(id)));
console.log(`after Promise.all: [${ids.join(", ")}] (${since()})`);
