export type SearchRecord =
  | { kind: 'context'; chunks: readonly string[] }
  | { kind: 'token'; text: string };

export interface Model {
  /** One model call about one chunk: its partial answer. */
  map(chunk: string): Promise<string>;
  /** Writes the final answer from the partial answers, piece by piece. */
  reduce(partials: readonly string[]): AsyncIterable<string>;
}

// The streaming search, so far correct but slow: it maps one chunk after another,
// and collects the whole answer before it yields a piece of it. Make the map calls
// overlap, and pass on each piece the moment the model has written it.
export async function* streamSearch(chunks: readonly string[], model: Model): AsyncGenerator<SearchRecord, void, undefined> {
  const partials: string[] = [];
  for (const chunk of chunks) partials.push(await model.map(chunk));
  yield { kind: 'context', chunks };
  const answer = await Array.fromAsync(model.reduce(partials));
  for (const text of answer) yield { kind: 'token', text };
}

// Try it: three chunks, 100 ms per map call and per piece of the answer.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const model: Model = {
  async map(chunk) {
    await sleep(100);
    return `notes on ${chunk}`;
  },
  async *reduce(partials) {
    for (const partial of partials) {
      await sleep(100);
      yield `${partial}; `;
    }
  },
};
const t0 = performance.now();
for await (const record of streamSearch(['chunk1', 'chunk2', 'chunk3'], model)) {
  const ms = Math.round(performance.now() - t0);
  console.log(`${ms} ms:`, record.kind === 'context' ? record.chunks : record.text);
}
