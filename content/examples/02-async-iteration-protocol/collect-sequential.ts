const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function* gen1(): AsyncGenerator<string, void, undefined> {
  for (let i = 0; i < 3; i++) {
    await sleep(200);
    yield `Gen1: ${i}`;
  }
}

async function* gen2(): AsyncGenerator<string, void, undefined> {
  for (let i = 0; i < 3; i++) {
    await sleep(100);
    yield `Gen2: ${i}`;
  }
}

// Array.fromAsync drains one async iterable into an array (Python: a collect_results helper).
// Awaiting one before starting the other: 3 x 200 + 3 x 100 ms.
console.time("collect");
const results1 = await Array.fromAsync(gen1());
const results2 = await Array.fromAsync(gen2());
console.timeEnd("collect");

console.log("Gen1 results:", results1);
console.log("Gen2 results:", results2);
