// fails: stops-early: the search never passed the return() on to the reduce stream
type SearchRecord = { kind: 'context'; chunks: readonly string[] } | { kind: 'token'; text: string };
interface Model {
  map(chunk: string): Promise<string>;
  reduce(partials: readonly string[]): AsyncIterable<string>;
}

export async function* streamSearch(chunks: readonly string[], model: Model): AsyncGenerator<SearchRecord, void, undefined> {
  const partials = await Promise.all(chunks.map((chunk) => model.map(chunk)));
  yield { kind: 'context', chunks };
  // Reads the reduce stream by hand: a break in the consumer stops here, not there.
  const pieces = model.reduce(partials)[Symbol.asyncIterator]();
  for (let r = await pieces.next(); !r.done; r = await pieces.next()) yield { kind: 'token', text: r.value };
}
