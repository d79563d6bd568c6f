/** A callback API: calls onValue for each value, then onEnd; returns a function that unsubscribes. */
export type Subscribe<T> = (onValue: (value: T) => void, onEnd: () => void) => () => void;

// Values wait in a buffer until the loop asks for them; the generator sleeps
// only when the buffer is empty, and the callbacks wake it. The finally block
// unsubscribes however the loop ends: the source ran out, or the consumer left.
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
  try {
    while (true) {
      if (buffer.length > 0) yield buffer.shift()!;
      else if (ended) return;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    unsubscribe();
  }
}

// Try it: a ticker that pushes five numbers, one every 50 ms, and a loop that takes three.
const ticker: Subscribe<number> = (onValue, onEnd) => {
  let n = 0;
  const timer = setInterval(() => {
    if (++n <= 5) return onValue(n);
    clearInterval(timer);
    onEnd();
  }, 50);
  return () => clearInterval(timer);
};
for await (const n of fromCallbacks(ticker)) {
  console.log('tick', n);
  if (n === 3) break;
}
console.log('done');
