export type SearchRecord = { kind: 'context'; records: string } | { kind: 'token'; text: string };

export interface Answer {
  /** The context record's `records`: what the answer was built from. */
  sources: string;
  /** The tokens' texts, joined. */
  text: string;
  /** false when collectAnswer stopped the search before it ended. */
  complete: boolean;
}

// Reads the search's stream into one answer. For now it reads the whole stream:
// make it stop as soon as text has maxChars characters or more, with complete: false,
// so that the search stops too (its finally runs) and writes no more tokens.
export async function collectAnswer(search: AsyncIterable<SearchRecord>, maxChars: number): Promise<Answer> {
  let sources = '';
  let text = '';
  for await (const record of search) {
    if (record.kind === 'context') sources = record.records;
    else text += record.text;
  }
  return { sources, text, complete: true };
}

// Try it: a search that writes five tokens, read with a budget of 12 characters.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
async function* search(): AsyncGenerator<SearchRecord, void, undefined> {
  try {
    yield { kind: 'context', records: '3 reports' };
    for (const text of ['Async ', 'generators ', 'pause ', 'at ', 'yield.']) {
      await sleep(50);
      console.log('search: wrote', JSON.stringify(text));
      yield { kind: 'token', text };
    }
  } finally {
    console.log('search: finally');
  }
}
console.log(await collectAnswer(search(), 12));
