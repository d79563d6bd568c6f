export type SearchRecord = { kind: 'context'; records: string } | { kind: 'token'; text: string };

export interface Answer {
  /** The context record's `records`: what the answer was built from. */
  sources: string;
  /** The tokens' texts, joined. */
  text: string;
  /** false when collectAnswer stopped the search before it ended. */
  complete: boolean;
}

// Reads the search's stream into one answer, and stops as soon as text has
// maxChars characters or more: leaving the loop early calls the search's
// return(), so its finally runs and it writes no more tokens.
export async function collectAnswer(search: AsyncIterable<SearchRecord>, maxChars: number): Promise<Answer> {
  let sources = '';
  let text = '';
  for await (const record of search) {
    if (record.kind === 'context') {
      sources = record.records;
      continue;
    }
    text += record.text;
    // Checked right after the token is added, before the loop asks for another.
    if (text.length >= maxChars) return { sources, text, complete: false };
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
