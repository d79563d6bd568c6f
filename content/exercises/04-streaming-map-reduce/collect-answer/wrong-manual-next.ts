// fails: stops-search: the search's finally had not run
export type SearchRecord = { kind: 'context'; records: string } | { kind: 'token'; text: string };

export async function collectAnswer(search: AsyncIterable<SearchRecord>, maxChars: number) {
  let sources = '';
  let text = '';
  // Drives the search by hand: nothing calls its return() when this stops early.
  const it = search[Symbol.asyncIterator]();
  for (let r = await it.next(); !r.done; r = await it.next()) {
    if (r.value.kind === 'context') sources = r.value.records;
    else text += r.value.text;
    if (text.length >= maxChars) return { sources, text, complete: false };
  }
  return { sources, text, complete: true };
}
