// fails: streams: the search waited for the whole answer
type SearchRecord = { kind: 'context'; chunks: readonly string[] } | { kind: 'token'; text: string };
interface Model {
  map(chunk: string): Promise<string>;
  reduce(partials: readonly string[]): AsyncIterable<string>;
}

export async function* streamSearch(chunks: readonly string[], model: Model): AsyncGenerator<SearchRecord, void, undefined> {
  const partials = await Promise.all(chunks.map((chunk) => model.map(chunk)));
  yield { kind: 'context', chunks };
  // Collects the whole answer first: nothing streams.
  for (const text of await Array.fromAsync(model.reduce(partials))) yield { kind: 'token', text };
}
