// fails: throws-in: drive rejected with Error: offline
export function drive<T>(gen: Generator<unknown, T, unknown>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const step = (value?: unknown) => {
      let result: IteratorResult<unknown, T>;
      try {
        result = gen.next(value);
      } catch (err) {
        return reject(err);
      }
      if (result.done) return resolve(result.value);
      // A rejection ends the drive instead of going into the generator.
      Promise.resolve(result.value).then(step, reject);
    };
    step();
  });
}
