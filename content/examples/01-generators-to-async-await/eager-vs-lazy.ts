const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function work(name: string): Promise<string> {
  console.log(`  ${name}: body starts`);
  await sleep(100);
  console.log(`  ${name}: body ends`);
  return name;
}

// In Python, `coro = work("a")` runs nothing. Here the call runs the body at once,
// up to its first await, and hands back a promise that is already in progress.
console.log("1. calling work('a'), not awaiting it");
const p = work("a");
console.log("2. back in the caller, the body has already started");
await p;

// To get Python's "nothing happens yet", pass a function around instead of a call.
console.log("3. making a thunk: () => work('b')");
const later = () => work("b");
console.log("4. nothing ran; calling the thunk now");
await later();

// Eagerness is why these two overlap although they are awaited one after the other.
// That is safe only while neither fails: if y rejects while we still wait for x, nothing
// handles it yet and Node exits. Real code awaits Promise.all([x, y]) instead.
const t0 = performance.now();
const x = work("x");
const y = work("y");
await x;
await y;
console.log(`x and y together: ${Math.round(performance.now() - t0)} ms`);
