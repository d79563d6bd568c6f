/** A callback API: calls onValue for each value, then onEnd; returns a function that unsubscribes. */
export type Subscribe<T> = (onValue: (value: T) => void, onEnd: () => void) => () => void;

// A first attempt. It waits for one value at a time, so values that arrive while
// the loop is busy are lost; it never ends, and it never unsubscribes.
export async function* fromCallbacks<T>(subscribe: Subscribe<T>): AsyncGenerator<T, void, undefined> {
  let deliver: ((value: T) => void) | undefined;
  subscribe((value) => deliver?.(value), () => {});
  while (true) yield await new Promise<T>((resolve) => (deliver = resolve));
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
