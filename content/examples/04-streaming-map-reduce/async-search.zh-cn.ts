const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 搜索产出的内容：先是它用到的上下文，然后是一段一段的答案。
type ContextRecord = { kind: 'context'; records: string };
type TokenRecord = { kind: 'token'; text: string };
type SearchRecord = ContextRecord | TokenRecord;

interface SearchCallback {
  onMapResponseStart(contextChunks: readonly string[]): void;
  onMapResponseEnd(mapResponses: readonly string[]): void;
}

// 代替一个真正的上下文构建器（数据库、向量索引……）。
class ContextBuilder {
  buildContext(): { chunks: string[]; records: string } {
    return { chunks: ['chunk1', 'chunk2', 'chunk3'], records: '初始上下文记录' };
  }
}

const printingCallback: SearchCallback = {
  onMapResponseStart(contextChunks) {
    console.log('回调: 映射开始，上下文文本块:', contextChunks);
  },
  onMapResponseEnd(mapResponses) {
    console.log('回调: 映射结束，结果:', mapResponses);
  },
};

class AsyncSearch {
  readonly contextBuilder = new ContextBuilder();
  readonly callbacks: SearchCallback[] = [printingCallback];

  // 映射：每个文本块一次模拟的模型调用（每次等待 300 ms）。
  private async mapOne(chunk: string, query: string): Promise<string> {
    await sleep(300);
    return `已处理 ${chunk}，查询为 '${query}'`;
  }

  // 归约：流式输出最终答案，每 300 ms 一段。
  private async *streamReduce(
    mapResponses: readonly string[],
  ): AsyncGenerator<TokenRecord, void, undefined> {
    for (const response of mapResponses) {
      await sleep(300);
      yield { kind: 'token', text: `归约结果: ${response}` };
    }
  }

  async *streamSearch(query: string): AsyncGenerator<SearchRecord, void, undefined> {
    const { chunks, records } = this.contextBuilder.buildContext();

    for (const callback of this.callbacks) callback.onMapResponseStart(chunks);
    const mapResponses = await Promise.all(chunks.map((chunk) => this.mapOne(chunk, query)));
    for (const callback of this.callbacks) callback.onMapResponseEnd(mapResponses);

    yield { kind: 'context', records }; // 先发出上下文……
    yield* this.streamReduce(mapResponses); // ……再发出答案的每一段
  }
}

const t0 = performance.now();
const search = new AsyncSearch();
for await (const record of search.streamSearch('示例查询')) {
  switch (record.kind) {
    case 'context':
      console.log('收到:', record.records);
      break;
    case 'token':
      console.log('收到:', record.text);
      break;
  }
}
console.log(`整个搜索: ${Math.round(performance.now() - t0)} ms`);
