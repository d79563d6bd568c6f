// fails: stops-at-budget: it read 10 tokens
export type SearchRecord = { kind: 'context'; records: string } | { kind: 'token'; text: string };

export async function collectAnswer(search: AsyncIterable<SearchRecord>, maxChars: number) {
  let sources = '';
  let text = '';
  let complete = true;
  for await (const record of search) {
    switch (record.kind) {
      case 'context':
        sources = record.records;
        break;
      case 'token':
        if (complete) text += record.text;
        if (text.length >= maxChars) {
          complete = false;
          // Leaves the switch, not the loop: the loop goes on asking for tokens.
          break;
        }
    }
  }
  return { sources, text, complete };
}
