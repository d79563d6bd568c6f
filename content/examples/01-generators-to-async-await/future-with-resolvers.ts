// asyncio.Future becomes Promise.withResolvers(): a promise plus the two functions that settle it.
const { promise, resolve } = Promise.withResolvers<number>();

// Someone else settles it later (Python: fut.set_result(42)).
setTimeout(() => resolve(42), 100);

// There is no fut.done(): a promise's state cannot be read synchronously,
// so if you need to know, keep your own flag.
let settled = false;
promise.then(() => (settled = true));
console.log("settled yet?", settled);

console.log("got", await promise);
console.log("settled yet?", settled);

// Settling again is silently ignored (Python raises InvalidStateError).
resolve(43);
console.log("still", await promise);

// reject() is set_exception(): awaiting the promise throws.
const failing = Promise.withResolvers<number>();
setTimeout(() => failing.reject(new Error("no answer")), 50);
try {
  await failing.promise;
} catch (err) {
  console.log("caught:", (err as Error).message);
}
