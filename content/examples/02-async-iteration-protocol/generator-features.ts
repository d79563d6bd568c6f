const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// AsyncGenerator<T, TReturn, TNext>: yields strings, returns a number, next() takes nothing.
async function* steps(): AsyncGenerator<string, number, undefined> {
  console.log("  [steps] body starts");
  await sleep(50);
  yield "first";
  await sleep(50);
  yield "second";
  return 2; // becomes { value: 2, done: true }
}

const gen = steps();
console.log("steps() called: the body has not run");
await sleep(100);
console.log("100 ms later, still nothing; now the first next()");
console.log(await gen.next());
console.log(await gen.next());
console.log(await gen.next()); // the return value arrives with done: true
console.log(await gen.next()); // finished for good

console.log("for await over a fresh generator:");
for await (const step of steps()) {
  console.log(`  loop body got ${step}`);
}
console.log("the return value 2 never reached the loop body");
