// fails: stops-at-budget: it read 3 tokens
export type SearchRecord = { kind: 'context'; records: string } | { kind: 'token'; text: string };

export async function collectAnswer(search: AsyncIterable<SearchRecord>, maxChars: number) {
  let sources = '';
  let text = '';
  for await (const record of search) {
    // Checks the budget when the next record has already been asked for, and drops it.
    if (text.length >= maxChars) return { sources, text, complete: false };
    if (record.kind === 'context') sources = record.records;
    else text += record.text;
  }
  return { sources, text, complete: true };
}
