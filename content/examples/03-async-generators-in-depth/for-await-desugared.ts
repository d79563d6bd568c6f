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
let exhausted = false;
try {
  while (true) {
    const { value, done } = await manual.next();
    if (done) {
      exhausted = true; // finished normally: nothing to clean up
      break;
    }
    console.log(value);
    if (value === "b") break;
  }
} finally {
  // An early exit: this is what for await does for you.
  if (!exhausted) console.log("return() gave", await manual.return("stopped early"));
}
console.log("after the manual loop");
