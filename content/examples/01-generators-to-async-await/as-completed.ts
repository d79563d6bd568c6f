const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function fetchPage(name: string, ms: number): Promise<string> {
  await sleep(ms);
  return name;
}

// asyncio.as_completed has no built-in twin, but an async generator makes one:
// one withResolvers() slot per input, filled in the order the inputs settle.
async function* asCompleted<T>(promises: Promise<T>[]): AsyncGenerator<T, void, undefined> {
  const slots = promises.map(() => Promise.withResolvers<T>());
  let filled = 0;
  for (const p of promises) {
    p.then(
      (value) => slots[filled++].resolve(value),
      (error) => slots[filled++].reject(error),
    );
  }
  console.log("  asCompleted: started, waiting for the first result");
  for (const slot of slots) yield slot.promise; // yield awaits the promise for us
}

const t0 = performance.now();
const pages = [fetchPage("slow page", 300), fetchPage("fast page", 100), fetchPage("medium page", 200)];

// Calling an async generator runs nothing (unlike an async function); for await drives it.
const results = asCompleted(pages);
console.log("generator created, body not started yet");
for await (const page of results) {
  console.log(`${Math.round(performance.now() - t0)} ms: ${page}`);
}
