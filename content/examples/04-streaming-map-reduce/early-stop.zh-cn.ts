const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type SearchRecord = { kind: 'context'; records: string } | { kind: 'token'; text: string };

class AsyncSearch {
  private async mapOne(chunk: string, query: string): Promise<string> {
    await sleep(200);
    return `已处理 ${chunk}，查询为 '${query}'`;
  }

  private async *streamReduce(
    mapResponses: readonly string[],
  ): AsyncGenerator<SearchRecord, void, undefined> {
    try {
      for (const response of mapResponses) {
        await sleep(200);
        yield { kind: 'token', text: `归约结果: ${response}` };
      }
    } finally {
      console.log('  reduce: finally（模型的流会在这里关闭）');
    }
  }

  async *streamSearch(query: string): AsyncGenerator<SearchRecord, void, undefined> {
    console.log('  search: 已开始');
    try {
      const chunks = ['chunk1', 'chunk2', 'chunk3'];
      const mapResponses = await Promise.all(chunks.map((chunk) => this.mapOne(chunk, query)));
      yield { kind: 'context', records: '初始上下文记录' };
      yield* this.streamReduce(mapResponses);
      console.log('  search: 正常结束'); // 这次运行中不会打印
    } finally {
      console.log('  search: finally（释放连接、停止定时器……）');
    }
  }
}

const t0 = performance.now();
const ms = () => `${Math.round(performance.now() - t0)} ms`;

for await (const record of new AsyncSearch().streamSearch('示例查询')) {
  if (record.kind === 'context') {
    console.log(`${ms()}: 上下文: ${record.records}`);
    continue;
  }
  console.log(`${ms()}: 答案片段: ${record.text}`);
  console.log('有一段答案就够了：break');
  break; // `for await` 会调用搜索的 return() 并等待它
}
console.log(`${ms()}: 循环之后；剩下的两段从未计算`);
