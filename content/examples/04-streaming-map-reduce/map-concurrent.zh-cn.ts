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

// 并发：map() 一下子启动所有调用，Promise.all 等待它们全部完成。
console.time('映射步骤');
const responses = await Promise.all(chunks.map((chunk) => mapOne(chunk, '示例查询')));
console.timeEnd('映射步骤'); // 大约 max(300, 100, 200) = 300 ms
// 完成的顺序是乱的（2、3、1），但结果保持输入的顺序：
console.log(responses);
