const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// `async function*`: await and yield in the same body. (There is no arrow form.)
async function* countUp(limit: number): AsyncGenerator<number, void, undefined> {
  for (let i = 0; i < limit; i++) {
    await sleep(100); // some asynchronous work before each value
    yield i;
  }
}

for await (const value of countUp(5)) {
  console.log(`Value: ${value}`);
}

// The generator object already speaks the protocol: it is its own async iterator.
const gen = countUp(1);
console.log("gen[Symbol.asyncIterator]() === gen:", gen[Symbol.asyncIterator]() === gen);
console.log("typeof gen.next:", typeof gen.next);
