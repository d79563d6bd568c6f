export type SearchRecord =
  | { kind: 'context'; chunks: readonly string[] }
  | { kind: 'token'; text: string };

export interface Model {
  /** 就一个文本块调用一次模型：得到它的局部答案。 */
  map(chunk: string): Promise<string>;
  /** 根据各个局部答案，一段一段地写出最终答案。 */
  reduce(partials: readonly string[]): AsyncIterable<string>;
}

// 流式搜索，目前结果正确但很慢：它一个接一个地映射文本块，
// 而且要收集完整个答案才产出其中一段。让各次映射调用重叠进行，
// 并在模型写出每一段的那一刻就把它传出去。
export async function* streamSearch(chunks: readonly string[], model: Model): AsyncGenerator<SearchRecord, void, undefined> {
  const partials: string[] = [];
  for (const chunk of chunks) partials.push(await model.map(chunk));
  yield { kind: 'context', chunks };
  const answer = await Array.fromAsync(model.reduce(partials));
  for (const text of answer) yield { kind: 'token', text };
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
