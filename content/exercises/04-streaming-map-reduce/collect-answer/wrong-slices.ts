// fails: stops-at-budget: it read 10 tokens
export type SearchRecord = { kind: 'context'; records: string } | { kind: 'token'; text: string };

export async function collectAnswer(search: AsyncIterable<SearchRecord>, maxChars: number) {
  let sources = '';
  let text = '';
  for await (const record of search) {
    if (record.kind === 'context') sources = record.records;
    else text += record.text;
  }
  // Reads every token the search writes, then cuts the text: the search did all the work anyway.
  return { sources, text: text.slice(0, maxChars), complete: text.length < maxChars };
}
