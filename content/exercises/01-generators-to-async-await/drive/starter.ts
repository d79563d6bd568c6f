// Runs a generator that yields promises, the way async/await runs an async
// function: resumes it with each promise's value, throws a rejection into it at
// its yield, and settles with what it returns (or throws).
export function drive<T>(gen: Generator<unknown, T, unknown>): Promise<T> {
  // This only starts the generator: make it go on after each yield.
  const first = gen.next();
  return Promise.resolve(first.value as T);
}

// Try it: Run prints what the driven generator does.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const answer = await drive((function* () {
  const a = (yield sleep(50).then(() => 20)) as number;
  console.log('got', a);
  const b = (yield a + 1) as number;
  console.log('got', b);
  return a + b + 1;
})());
console.log('answer', answer);
