const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function* risky(): AsyncGenerator<string, void, undefined> {
  yield "First";
  await sleep(100);
  yield "Second";
  throw new RangeError("Something went wrong");
}

const gen = risky();
try {
  for await (const value of gen) {
    console.log(`Value: ${value}`);
  }
  console.log("never printed");
} catch (err) {
  // The error thrown inside the generator comes out of the consumer's next(),
  // so a try/catch around for await catches it.
  console.log(`Caught ${(err as Error).name}: ${(err as Error).message}`);
}

// A generator that threw is finished: it yields nothing more.
console.log("after the error:", await gen.next());
