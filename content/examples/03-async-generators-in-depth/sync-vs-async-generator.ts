const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// A generator: values are computed when asked for, one at a time.
function* syncNumbers(): Generator<number, void, undefined> {
  for (let i = 0; i < 3; i++) yield i;
}

// An async generator: the same shape, but it may await between values.
async function* asyncNumbers(): AsyncGenerator<number, void, undefined> {
  for (let i = 0; i < 3; i++) {
    await sleep(100); // stands in for I/O; other code can run during this wait
    yield i;
  }
}

// Two different kinds of object.
console.log(Object.prototype.toString.call(syncNumbers())); // Python: <class 'generator'>
console.log(Object.prototype.toString.call(asyncNumbers())); // Python: <class 'async_generator'>

// next() on a generator returns the result itself...
console.log("generator next():", syncNumbers().next());
// ...next() on an async generator returns a promise of that result.
const pending = asyncNumbers().next();
console.log("async generator next() returns a Promise:", pending instanceof Promise);
console.log("which resolves to:", await pending);

// Consuming them: for...of for the first, for await...of for the second.
for (const n of syncNumbers()) console.log(`for...of got ${n}`);

const t0 = performance.now();
for await (const n of asyncNumbers()) {
  console.log(`for await...of got ${n} after ${Math.round(performance.now() - t0)} ms`);
}
