// 把 source 的各项分成每批 `size` 项的数组（最后一批可以更短），
// 每批一满就产出。
export async function* batch<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[], void, undefined> {
  // 现在它要读完整个数据源才产出东西。让它在凑满 `size` 项时就产出这一批，
  // 不要多读。
  const all = await Array.fromAsync(source);
  for (let i = 0; i < all.length; i += size) yield all.slice(i, i + size);
}

// 试一试：七篇文档，每隔 50 ms 到达一篇，每三篇一批。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
async function* documents() {
  for (let i = 1; i <= 7; i++) {
    await sleep(50);
    console.log('数据源：文档', i);
    yield `文档${i}`;
  }
}
for await (const chunk of batch(documents(), 3)) console.log('批次：', chunk);
