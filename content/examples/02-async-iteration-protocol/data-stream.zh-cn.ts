const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 来自一个假想网络源的数据流。
async function* dataStream(count: number): AsyncGenerator<string, void, undefined> {
  for (let i = 0; i < count; i++) {
    console.log(`  数据流: 请求第 ${i} 项`);
    await sleep(100); // 网络延迟
    yield `第 ${i} 项`;
  }
}

const t0 = performance.now();
for await (const item of dataStream(3)) {
  console.log(`收到: ${item}`);
  await sleep(50); // 消费者处理每一项时自己的工作
}
// 基于拉取：消费者干活时，数据流停在 `yield` 处，
// 所以两段等待是累加的：3 x (100 + 50)。
console.log(`总计: ${Math.round(performance.now() - t0)} ms`);
