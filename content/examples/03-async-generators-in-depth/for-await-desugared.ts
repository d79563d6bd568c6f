const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function* letters(): AsyncGenerator<string, string, undefined> {
  try {
    yield "a";
    await sleep(50);
    yield "b";
    await sleep(50);
    yield "c";
    return "the return value";
  } finally {
    console.log("  (letters: finally runs)");
  }
}

console.log("--- for await...of ---");
for await (const letter of letters()) console.log(letter);

console.log("--- the same loop, by hand ---");
const iterator = letters()[Symbol.asyncIterator](); // Python: __aiter__()
while (true) {
  const result = await iterator.next(); // Python: await __anext__()
  if (result.done) {
    // Python raises StopAsyncIteration; here done is true. for await ignores this value.
    console.log(`done: true, value: ${JSON.stringify(result.value)}`);
    break;
  }
  console.log(result.value);
}

console.log("--- break calls return() ---");
for await (const letter of letters()) {
  console.log(letter);
  if (letter === "b") break; // for await calls and awaits iterator.return() here
}
console.log("after the loop: the finally above has already run");

console.log("--- break, by hand ---");
const manual = letters()[Symbol.asyncIterator]();
while (true) {
  const { value, done } = await manual.next(); // if this rejects, the loop just ends
  if (done) break; // finished normally: nothing to clean up
  console.log(value);
  if (value === "b") {
    // An early exit: this is what for await does for you.
    console.log("return() gave", await manual.return("stopped early"));
    break;
  }
}
console.log("after the manual loop");

console.log("--- next() rejects: return() is not called ---");
// A hand-written source whose second next() fails.
const flaky: AsyncIterable<string> = {
  [Symbol.asyncIterator]() {
    let calls = 0;
    return {
      async next() {
        if (++calls === 2) throw new Error("the source failed");
        return { value: "x", done: false };
      },
      async return() {
        console.log("  (flaky: return() called)");
        return { value: undefined, done: true };
      },
    };
  },
};
try {
  for await (const item of flaky) console.log(item);
} catch (err) {
  console.log(`caught: ${(err as Error).message}, and return() never ran`);
}
