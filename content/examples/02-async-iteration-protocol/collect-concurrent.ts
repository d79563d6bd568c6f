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

// Start both collectors, then wait for both (Python: asyncio.gather).
// Their sleeps overlap, so the total is the slower one: about 3 x 200 ms.
console.time("collect");
const [results1, results2] = await Promise.all([Array.fromAsync(gen1()), Array.fromAsync(gen2())]);
console.timeEnd("collect");

console.log("Gen1 results:", results1);
console.log("Gen2 results:", results2);
