// Runs a generator that yields promises, the way async/await runs an async
// function: resumes it with each promise's value, throws a rejection into it at
// its yield, and settles with what it returns (or throws).
export function drive<T>(gen: Generator<unknown, T, unknown>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    // One step: resume the generator, then wait for what it yields.
    const step = (resume: () => IteratorResult<unknown, T>) => {
      let result: IteratorResult<unknown, T>;
      try {
        result = resume();
      } catch (err) {
        return reject(err);
      }
      if (result.done) return resolve(result.value);
      // Promise.resolve takes plain values too, and always resumes in a later
      // microtask, never inside this call: exactly what await does.
      Promise.resolve(result.value).then(
        (value) => step(() => gen.next(value)),
        (error) => step(() => gen.throw(error)),
      );
    };
    step(() => gen.next());
  });
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
