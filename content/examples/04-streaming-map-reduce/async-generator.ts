const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// An async generator may `await` between its yields.
async function* countSlowly(): AsyncGenerator<number, void, undefined> {
  for (let i = 1; i <= 3; i++) {
    await sleep(150); // pretend to wait for a network reply
    yield i;
  }
}

const t0 = performance.now();
const ms = () => `${Math.round(performance.now() - t0)} ms`;

// for await pulls one value at a time, and each value arrives when it is ready.
for await (const value of countSlowly()) {
  console.log(`got ${value} after ${ms()}`);
}

// The protocol underneath: next() now returns a promise of { value, done }.
console.log('--- by hand ---');
const gen = countSlowly();
const pending = gen.next();
console.log(pending instanceof Promise); // true: the result is not there yet
console.log(await pending);
console.log(await gen.next());
console.log(await gen.next());
console.log(await gen.next());
