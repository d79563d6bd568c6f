// fails: keeps-bursts: the values it yielded: [ 'c' ]
export type Subscribe<T> = (onValue: (value: T) => void, onEnd: () => void) => () => void;

export async function* fromCallbacks<T>(subscribe: Subscribe<T>): AsyncGenerator<T, void, undefined> {
  // One slot instead of a buffer: a value that comes before the last was taken replaces it.
  let slot: { value: T } | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  const unsubscribe = subscribe(
    (value) => {
      slot = { value };
      wake?.();
    },
    () => {
      ended = true;
      wake?.();
    },
  );
  try {
    while (true) {
      if (slot) {
        const { value } = slot;
        slot = undefined;
        yield value;
      } else if (ended) return;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    unsubscribe();
  }
}
