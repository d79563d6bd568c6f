// fails: map-overlaps: the calls waited for each other
type SearchRecord = { kind: 'context'; chunks: readonly string[] } | { kind: 'token'; text: string };
interface Model {
  map(chunk: string): Promise<string>;
  reduce(partials: readonly string[]): AsyncIterable<string>;
}

export async function* streamSearch(chunks: readonly string[], model: Model): AsyncGenerator<SearchRecord, void, undefined> {
  // One call after another: the map step takes the sum of the waits.
  const partials: string[] = [];
  for (const chunk of chunks) partials.push(await model.map(chunk));
  yield { kind: 'context', chunks };
  for await (const text of model.reduce(partials)) yield { kind: 'token', text };
}
