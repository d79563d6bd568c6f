const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const t0 = performance.now();
const ms = () => `${Math.round(performance.now() - t0)} ms`;

type SearchRecord = { kind: 'context'; records: string } | { kind: 'token'; text: string };

async function* streamSearch(query: string): AsyncGenerator<SearchRecord, void, undefined> {
  try {
    const chunks = ['chunk1', 'chunk2', 'chunk3'];
    // 映射步骤：300 ms 的等待，外面的任何东西都打断不了它。
    const mapResponses = await Promise.all(
      chunks.map(async (chunk) => {
        await sleep(300);
        return `已处理 ${chunk}，查询为 '${query}'`;
      }),
    );
    yield { kind: 'context', records: '初始上下文记录' };
    for (const response of mapResponses) {
      await sleep(300);
      yield { kind: 'token', text: `归约结果: ${response}` };
    }
  } finally {
    console.log(`${ms()}: search: finally`);
  }
}

const search = streamSearch('示例查询');
const first = search.next(); // 启动映射步骤
await sleep(50);

console.log(`${ms()}: 用户放弃了，调用 return()`);
const closing = search.return(undefined); // 排在尚未完成的 next() 后面

const firstResult = await first;
console.log(`${ms()}: next() 敲定:`, firstResult);
console.log(`${ms()}: return() 敲定:`, await closing);
