// fails: records: the answer the token records spell: 'about b; about c; about a; '
type SearchRecord = { kind: 'context'; chunks: readonly string[] } | { kind: 'token'; text: string };
interface Model {
  map(chunk: string): Promise<string>;
  reduce(partials: readonly string[]): AsyncIterable<string>;
}

export async function* streamSearch(chunks: readonly string[], model: Model): AsyncGenerator<SearchRecord, void, undefined> {
  // Concurrent, but each partial answer is pushed when it comes back: in the order the calls finish.
  const partials: string[] = [];
  await Promise.all(chunks.map(async (chunk) => partials.push(await model.map(chunk))));
  yield { kind: 'context', chunks };
  for await (const text of model.reduce(partials)) yield { kind: 'token', text };
}
