const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function fetchPage(name: string, ms: number): Promise<string> {
  await sleep(ms);
  return name;
}

// asyncio.as_completed has no built-in twin, but an async generator makes one:
// one withResolvers() slot per input, filled in the order the inputs settle.
function asCompleted<T>(promises: Promise<T>[]): AsyncGenerator<T, void, undefined> {
  const slots = promises.map(() => Promise.withResolvers<T>());
  let filled = 0;
  // Subscribe at once. Inside the generator's body this would wait for the first
  // next(), and an input that failed before it would be an unhandled rejection.
  for (const p of promises) {
    p.then(
      (value) => slots[filled++].resolve(value),
      (error) => slots[filled++].reject(error),
    );
  }
  // The first failure ends the loop; mark the others handled, since nobody awaits them.
  // The flip side: if nobody ever iterates the generator, its failures vanish silently.
  for (const slot of slots) slot.promise.catch(() => {});
  return (async function* () {
    console.log("  asCompleted: first next(), waiting for the first result");
    for (const slot of slots) yield slot.promise; // yield awaits the promise: the loop gets its value, and a rejection is thrown here
  })();
}

const t0 = performance.now();
const pages = [fetchPage("slow page", 300), fetchPage("fast page", 100), fetchPage("medium page", 200)];

// The generator object exists, but its body has not run yet: for await starts it.
const results = asCompleted(pages);
console.log("generator created, body not started yet");
for await (const page of results) {
  console.log(`${Math.round(performance.now() - t0)} ms: ${page}`);
}
