const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const t0 = performance.now();
const ms = () => `${Math.round(performance.now() - t0)} ms`;

type SearchRecord = { kind: 'context'; records: string } | { kind: 'token'; text: string };

async function* streamSearch(query: string): AsyncGenerator<SearchRecord, void, undefined> {
  try {
    const chunks = ['chunk1', 'chunk2', 'chunk3'];
    // The map step: 300 ms of waiting that nothing outside can interrupt.
    const mapResponses = await Promise.all(
      chunks.map(async (chunk) => {
        await sleep(300);
        return `Processed ${chunk} with query '${query}'`;
      }),
    );
    yield { kind: 'context', records: 'Initial Context Record' };
    for (const response of mapResponses) {
      await sleep(300);
      yield { kind: 'token', text: `Reduced result: ${response}` };
    }
  } finally {
    console.log(`${ms()}: search: finally`);
  }
}

const search = streamSearch('example query');
const first = search.next(); // starts the map step
await sleep(50);

console.log(`${ms()}: the user gives up, calling return()`);
const closing = search.return(undefined); // queued behind the pending next()

const firstResult = await first;
console.log(`${ms()}: next() settled:`, firstResult);
console.log(`${ms()}: return() settled:`, await closing);
