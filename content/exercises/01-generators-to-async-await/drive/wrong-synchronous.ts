// fails: later-microtask: it resumed inside the drive() call
export function drive<T>(gen: Generator<unknown, T, unknown>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const step = (resume: () => IteratorResult<unknown, T>) => {
      let result: IteratorResult<unknown, T>;
      try {
        result = resume();
        // Plain values go straight back in, without waiting: not what await does.
        while (!result.done && !(result.value instanceof Promise)) {
          const value = result.value;
          result = gen.next(value);
        }
      } catch (err) {
        return reject(err);
      }
      if (result.done) return resolve(result.value);
      (result.value as Promise<unknown>).then(
        (value) => step(() => gen.next(value)),
        (error) => step(() => gen.throw(error)),
      );
    };
    step(() => gen.next());
  });
}
