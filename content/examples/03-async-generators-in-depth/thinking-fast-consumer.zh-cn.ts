const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 先交付一个步骤，再等 50 ms 才给下一个。
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
// 这个消费者只负责打印，所以节奏完全由生成器的 50 ms 决定。
for await (const step of simulateThinking()) {
  console.log(`[${Math.round(performance.now() - t0)} ms] ${step}`);
}
console.timeEnd("总计");
