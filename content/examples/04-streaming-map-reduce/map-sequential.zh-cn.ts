const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 映射步骤：每个文本块一次模拟的模型调用。每次调用主要是在“等待”。
const latency: Record<string, number> = { chunk1: 300, chunk2: 100, chunk3: 200 };

async function mapOne(chunk: string, query: string): Promise<string> {
  console.log(`开始 ${chunk}`);
  await sleep(latency[chunk] ?? 100);
  console.log(`完成 ${chunk}`);
  return `已处理 ${chunk}，查询为 '${query}'`;
}

const chunks = ['chunk1', 'chunk2', 'chunk3'];

// 依次执行：上一次调用结束之后，下一次才开始。
console.time('映射步骤');
const responses: string[] = [];
for (const chunk of chunks) {
  responses.push(await mapOne(chunk, '示例查询'));
}
console.timeEnd('映射步骤'); // 大约 300 + 100 + 200 = 600 ms
console.log(responses);
