export type SearchRecord = { kind: 'context'; records: string } | { kind: 'token'; text: string };

export interface Answer {
  /** 上下文记录的 `records`：答案依据的材料。 */
  sources: string;
  /** 各段文本拼接起来的结果。 */
  text: string;
  /** collectAnswer 在搜索结束之前就让它停下时为 false。 */
  complete: boolean;
}

// 把搜索的流读成一个答案。现在它会读完整条流：让它在 text 达到 maxChars
// 个字符或更多时立刻停下，并返回 complete: false，让搜索也随之停下
// （它的 finally 会运行），不再写出更多文本。
export async function collectAnswer(search: AsyncIterable<SearchRecord>, maxChars: number): Promise<Answer> {
  let sources = '';
  let text = '';
  for await (const record of search) {
    if (record.kind === 'context') sources = record.records;
    else text += record.text;
  }
  return { sources, text, complete: true };
}

// 试一试：一个写出五段文本的搜索，以 12 个字符为预算来读取。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
async function* search(): AsyncGenerator<SearchRecord, void, undefined> {
  try {
    yield { kind: 'context', records: '3 份报告' };
    for (const text of ['异步', '生成器', '在 ', 'yield ', '处暂停。']) {
      await sleep(50);
      console.log('搜索：写出了', JSON.stringify(text));
      yield { kind: 'token', text };
    }
  } finally {
    console.log('搜索：finally');
  }
}
console.log(await collectAnswer(search(), 12));
