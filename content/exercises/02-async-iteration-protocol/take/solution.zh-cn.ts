// 产出 source 的前 n 项，然后停下：向数据源要的项不超过 n 个，
// 并让数据源完成清理（它的 finally 会运行）。
export async function* take<T>(source: AsyncIterable<T>, n: number): AsyncGenerator<T, void, undefined> {
  if (n <= 0) return;
  let count = 0;
  for await (const item of source) {
    yield item;
    // 在第 n 项之后立刻停下，不等循环再要一项；
    // 离开循环会调用数据源的 return()，于是它的 finally 会运行。
    if (++count >= n) return;
  }
}

// 试一试：一个有十个数字的数据源，取它的前三个。
async function* naturals(last: number) {
  try {
    for (let i = 1; i <= last; i++) yield i;
  } finally {
    console.log('naturals：已清理');
  }
}
for await (const n of take(naturals(10), 3)) console.log(n);
