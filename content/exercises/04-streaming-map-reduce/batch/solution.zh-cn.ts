// 把 source 的各项分成每批 `size` 项的数组（最后一批可以更短），
// 每批一满就产出。
export async function* batch<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[], void, undefined> {
  let current: T[] = [];
  for await (const item of source) {
    current.push(item);
    // 满了就产出，赶在循环向数据源要下一项之前。
    if (current.length === size) {
      yield current;
      current = [];
    }
  }
  // 剩下的项（如果有）：绝不产出空批次。
  if (current.length > 0) yield current;
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
