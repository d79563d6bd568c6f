/** 一个回调式 API：每个值调用一次 onValue，最后调用 onEnd；返回一个取消订阅的函数。 */
export type Subscribe<T> = (onValue: (value: T) => void, onEnd: () => void) => () => void;

// 值先在缓冲区里等着，直到循环来取；只有缓冲区空了，生成器才休眠，
// 由回调把它唤醒。无论循环怎样结束（数据源结束了，或者消费者离开了），
// finally 块都会取消订阅。
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
