const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Before async/await, libraries drove generators that yield promises.
// run() resumes the generator with each promise's result: that is all `await` does.
function run<T>(gen: Generator<Promise<unknown>, T, unknown>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    function step(resume: () => IteratorResult<Promise<unknown>, T>): void {
      let result: IteratorResult<Promise<unknown>, T>;
      try {
        result = resume();
      } catch (err) {
        reject(err); // the generator threw: the "coroutine" fails
        return;
      }
      if (result.done) {
        resolve(result.value); // the generator returned: the "coroutine" is done
        return;
      }
      result.value.then(
        (value) => step(() => gen.next(value)), // send the result in, like Python's send()
        (error) => step(() => gen.throw(error)), // or raise the error at the yield
      );
    }
    step(() => gen.next());
  });
}

function* greet(name: string, ms: number): Generator<Promise<unknown>, string, unknown> {
  console.log(`${name}: start`);
  yield sleep(ms); // plays the part of `await sleep(ms)`
  console.log(`${name}: woke up after ${ms} ms`);
  const size = (yield Promise.resolve(name.length)) as number; // every yield has one TNext type
  return `${name} has ${size} letters`;
}

// The same function written with async/await: the engine is the driver.
async function greetAsync(name: string, ms: number): Promise<string> {
  console.log(`${name}: start`);
  await sleep(ms);
  console.log(`${name}: woke up after ${ms} ms`);
  const size = await Promise.resolve(name.length); // typed as number, no cast
  return `${name} has ${size} letters`;
}

// While one "coroutine" waits, the other runs: the two waits overlap.
console.log(await Promise.all([run(greet("alpha", 200)), run(greet("beta", 100))]));
console.log(await Promise.all([greetAsync("gamma", 200), greetAsync("delta", 100)]));
