const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// The same task as in the sequential version.
async function task(i: number): Promise<void> {
  console.log(`task ${i} starts`);
  await sleep(150);
  console.log(`task ${i} done`);
}

console.time("total");
// All five at once (asyncio.gather): map() starts them, Promise.all waits for all.
// The five 150 ms waits overlap.
await Promise.all([0, 1, 2, 3, 4].map((i) => task(i)));
console.timeEnd("total");
