const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type TokenRecord = { kind: 'token'; text: string };

// 把归约步骤写成异步生成器：答案的每一段一产生就交给调用方，
// 而不是等到最后才返回整个答案。
async function* streamReduce(
  mapResponses: readonly string[],
): AsyncGenerator<TokenRecord, void, undefined> {
  for (const response of mapResponses) {
    await sleep(200); // 假装模型每一段都要想一会儿
    yield { kind: 'token', text: `归约结果: ${response}` };
  }
}

const mapResponses = [
  "已处理 chunk1，查询为 '示例查询'",
  "已处理 chunk2，查询为 '示例查询'",
  "已处理 chunk3，查询为 '示例查询'",
];

let t0 = performance.now();
const ms = () => `${Math.round(performance.now() - t0)} ms`;

// 流式读取：消费者只等一次延迟，就能显示第一段。
console.log('--- 流式读取 ---');
for await (const token of streamReduce(mapResponses)) {
  console.log(`${ms()}: ${token.text}`);
}

// 先全部收集（Array.fromAsync）：直到最后才有东西可显示。
console.log('--- 一次性收集 ---');
t0 = performance.now();
const all = await Array.fromAsync(streamReduce(mapResponses));
console.log(`${ms()}: 一次拿到全部 ${all.length} 段`);
