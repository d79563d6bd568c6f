// asyncio.Future becomes Promise.withResolvers(): a promise plus the two functions that settle it.
// A promise has no done(), so this helper keeps its own flag, set where the promise is
// settled, on both paths. (A flag set in promise.then() lags a microtask, stays false on a
// rejection, and the promise then() returns rejects with no handler: Node exits.)
function future<T>() {
  const { promise, resolve, reject } = Promise.withResolvers<T>();
  let done = false;
  return {
    promise,
    done: () => done,
    setResult(value: T) {
      done = true;
      resolve(value);
    },
    setException(error: Error) {
      done = true;
      reject(error);
    },
  };
}

// Someone else settles it later (Python: fut.set_result(42)).
const fut = future<number>();
setTimeout(() => fut.setResult(42), 100);
console.log("done yet?", fut.done());
console.log("got", await fut.promise, "| done yet?", fut.done());

// Settling again is silently ignored (Python raises InvalidStateError).
fut.setResult(43);
console.log("still", await fut.promise);

// setException() rejects the promise: awaiting it throws.
const failing = future<number>();
setTimeout(() => failing.setException(new Error("no answer")), 50);
try {
  await failing.promise;
} catch (err) {
  console.log("caught:", (err as Error).message, "| done yet?", failing.done());
}
