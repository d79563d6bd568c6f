// fails: unsubscribes-on-break: unsubscribe was called 0 times
export type Subscribe<T> = (onValue: (value: T) => void, onEnd: () => void) => () => void;

export async function* fromCallbacks<T>(subscribe: Subscribe<T>): AsyncGenerator<T, void, undefined> {
  const buffer: T[] = [];
  let ended = false;
  let wake: (() => void) | undefined;
  const unsubscribe = subscribe(
    (value) => {
      buffer.push(value);
      wake?.();
    },
    () => {
      ended = true;
      wake?.();
    },
  );
  while (true) {
    if (buffer.length > 0) yield buffer.shift()!;
    else if (ended) break;
    else await new Promise<void>((resolve) => (wake = resolve));
  }
  // Reached when the source ends, but not when the consumer breaks out of its loop.
  unsubscribe();
}
