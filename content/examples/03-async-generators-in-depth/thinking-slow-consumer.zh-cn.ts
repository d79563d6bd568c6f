const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 同一个生成器：先交付一个步骤，再等 50 ms 才给下一个。
async function* simulateThinking(): AsyncGenerator<string, void, undefined> {
  const steps = [
    "正在理解问题……",
    "正在检索知识库……",
    "正在分析上下文……",
    "正在规划答案……",
    "正在写出答案……",
  ];
  for (const step of steps) {
    yield step;
    await sleep(50);
  }
}

console.time("总计");
const t0 = performance.now();
// 这个消费者每一步还要干 30 ms 的活。在此期间生成器停在 yield 处，
// 直到被要下一步时，才开始它那 50 ms 的等待。
for await (const step of simulateThinking()) {
  console.log(`[${Math.round(performance.now() - t0)} ms] ${step}`);
  await sleep(30);
}
console.timeEnd("总计");
