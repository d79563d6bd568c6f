/** 一个回调式 API：每个值调用一次 onValue，最后调用 onEnd；返回一个取消订阅的函数。 */
export type Subscribe<T> = (onValue: (value: T) => void, onEnd: () => void) => () => void;

// 第一次尝试。它一次只等一个值，所以循环忙着的时候到达的值会丢失；
// 它永远不会结束，也从不取消订阅。
export async function* fromCallbacks<T>(subscribe: Subscribe<T>): AsyncGenerator<T, void, undefined> {
  let deliver: ((value: T) => void) | undefined;
  subscribe((value) => deliver?.(value), () => {});
  while (true) yield await new Promise<T>((resolve) => (deliver = resolve));
}

// 试一试：一个每 50 ms 推送一个数字、共推送五个的计时器，和一个取三个值的循环。
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
  console.log('滴答', n);
  if (n === 3) break;
}
console.log('完成');
