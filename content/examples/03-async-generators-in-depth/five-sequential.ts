const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// One task: wait 150 ms (think: a request), then report.
async function task(i: number): Promise<void> {
  console.log(`task ${i} starts`);
  await sleep(150);
  console.log(`task ${i} done`);
}

console.time("total");
// One after another: each await finishes before the next task starts.
for (let i = 0; i < 5; i++) {
  await task(i);
}
console.timeEnd("total");
