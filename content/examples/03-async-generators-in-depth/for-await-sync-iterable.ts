// for await accepts a sync iterable and awaits each value; for...of refuses an async iterable.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 1. An array of plain values: for await takes it as it is.
const got: number[] = [];
for await (const n of [1, 2, 3]) got.push(n);
console.log(`for await over an array: ${got.join(", ")}`);

// 2. A sync generator whose second value is a promise, made only when the loop asks for it:
// for await waits for it before the body runs.
function* values(): Generator<number | Promise<number>, void, undefined> {
  yield 1;
  yield sleep(100).then(() => 2);
  yield 3;
}

const t0 = performance.now();
for await (const value of values()) {
  console.log(`for await got ${value} after ${Math.round(performance.now() - t0)} ms`);
}

// 3. The other way round fails: an async generator has no [Symbol.iterator].
async function* letters(): AsyncGenerator<string, void, undefined> {
  yield "a";
  yield "b";
}

try {
  for (const letter of letters() as unknown as Iterable<string>) console.log(letter);
} catch (err) {
  console.log("for...of over an async generator throws:");
  console.log(`${(err as Error).name}: ${(err as Error).message}`);
}
