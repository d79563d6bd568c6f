export type SearchRecord =
  | { kind: 'context'; chunks: readonly string[] }
  | { kind: 'token'; text: string };

export interface Model {
  /** 就一个文本块调用一次模型：得到它的局部答案。 */
  map(chunk: string): Promise<string>;
  /** 根据各个局部答案，一段一段地写出最终答案。 */
  reduce(partials: readonly string[]): AsyncIterable<string>;
}

// 流式搜索：所有映射调用同时进行，先发出上下文记录，
// 然后在模型写出答案的每一段的那一刻就把它传出去。
export async function* streamSearch(chunks: readonly string[], model: Model): AsyncGenerator<SearchRecord, void, undefined> {
  // 所有调用都在这里开始，然后 Promise.all 才开始等待；结果保持文本块的顺序。
  const partials = await Promise.all(chunks.map((chunk) => model.map(chunk)));
  yield { kind: 'context', chunks };
  // 用循环而不是 yield*：每一段在传过去的路上被包装成一条记录。
  for await (const text of model.reduce(partials)) yield { kind: 'token', text };
}

// 试一试：三个文本块，每次映射调用和答案的每一段都要 100 ms。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const model: Model = {
  async map(chunk) {
    await sleep(100);
    return `关于 ${chunk} 的笔记`;
  },
  async *reduce(partials) {
    for (const partial of partials) {
      await sleep(100);
      yield `${partial}；`;
    }
  },
};
const t0 = performance.now();
for await (const record of streamSearch(['chunk1', 'chunk2', 'chunk3'], model)) {
  const ms = Math.round(performance.now() - t0);
  console.log(`${ms} ms:`, record.kind === 'context' ? record.chunks : record.text);
}
