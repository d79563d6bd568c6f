// ❌ forEach ignores what its callback returns, so an async callback's
// promise is dropped: the loop "finishes" before any item is processed.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const t0 = performance.now();
const processed: number[] = [];

[1, 2, 3].forEach(async (id) => {
  await sleep(200 - id * 50); // 150, 100, 50 ms
  processed.push(id);
  console.log(`  processed ${id} (${Math.round(performance.now() - t0)} ms)`);
});

console.log(`after forEach: ${processed.length} processed (${Math.round(performance.now() - t0)} ms)`);
