export type SearchRecord =
  | { kind: 'context'; chunks: readonly string[] }
  | { kind: 'token'; text: string };

export interface Model {
  /** One model call about one chunk: its partial answer. */
  map(chunk: string): Promise<string>;
  /** Writes the final answer from the partial answers, piece by piece. */
  reduce(partials: readonly string[]): AsyncIterable<string>;
}

// The streaming search: every map call at once, the context record first, then
// each piece of the answer the moment the model has written it.
export async function* streamSearch(chunks: readonly string[], model: Model): AsyncGenerator<SearchRecord, void, undefined> {
  // All calls start here, before Promise.all waits; the results keep the chunks' order.
  const partials = await Promise.all(chunks.map((chunk) => model.map(chunk)));
  yield { kind: 'context', chunks };
  // A loop, not yield*: each piece is wrapped in a record on its way through.
  for await (const text of model.reduce(partials)) yield { kind: 'token', text };
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
