const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// The same three tasks as in the sequential version.
async function* task(id: number): AsyncGenerator<string, void, undefined> {
  for (let step = 0; step < 3; step++) {
    await sleep(100);
    yield `task ${id}: step ${step}`;
  }
}

async function consume(id: number): Promise<void> {
  for await (const line of task(id)) console.log(line);
}

console.time("total");
// All three at once: map() starts every consumer, Promise.all waits for them all
// (this is asyncio.gather). Their 100 ms waits overlap.
await Promise.all([1, 2, 3].map((id) => consume(id)));
console.timeEnd("total");
