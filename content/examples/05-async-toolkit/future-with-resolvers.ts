// asyncio's Future is "a promise plus the functions that settle it".
// Promise.withResolvers() (ES2024) hands you exactly that.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const { promise, resolve } = Promise.withResolvers<number>();

// Someone else settles it later, like future.set_result(42).
async function setResult(): Promise<void> {
  await sleep(300);
  console.log("setter: resolve(42)");
  resolve(42);
  resolve(7); // ignored: a promise settles only once (Python raises InvalidStateError)
}

const t0 = performance.now();
const setter = setResult();
console.log("main: waiting for the promise...");
const result = await promise;
console.log(`main: result ${result} after ${Math.round(performance.now() - t0)} ms`);
await setter;
