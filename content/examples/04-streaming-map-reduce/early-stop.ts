const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type SearchRecord = { kind: 'context'; records: string } | { kind: 'token'; text: string };

class AsyncSearch {
  private async mapOne(chunk: string, query: string): Promise<string> {
    await sleep(200);
    return `Processed ${chunk} with query '${query}'`;
  }

  private async *streamReduce(
    mapResponses: readonly string[],
  ): AsyncGenerator<SearchRecord, void, undefined> {
    try {
      for (const response of mapResponses) {
        await sleep(200);
        yield { kind: 'token', text: `Reduced result: ${response}` };
      }
    } finally {
      console.log('  reduce: finally (the model stream would be closed here)');
    }
  }

  async *streamSearch(query: string): AsyncGenerator<SearchRecord, void, undefined> {
    console.log('  search: started');
    try {
      const chunks = ['chunk1', 'chunk2', 'chunk3'];
      const mapResponses = await Promise.all(chunks.map((chunk) => this.mapOne(chunk, query)));
      yield { kind: 'context', records: 'Initial Context Record' };
      yield* this.streamReduce(mapResponses);
      console.log('  search: finished normally'); // never printed in this run
    } finally {
      console.log('  search: finally (release connections, stop timers...)');
    }
  }
}

const t0 = performance.now();
const ms = () => `${Math.round(performance.now() - t0)} ms`;

for await (const record of new AsyncSearch().streamSearch('example query')) {
  if (record.kind === 'context') {
    console.log(`${ms()}: context: ${record.records}`);
    continue;
  }
  console.log(`${ms()}: token: ${record.text}`);
  console.log('One piece of the answer is enough: break');
  break; // for await calls return() on the search and awaits it
}
console.log(`${ms()}: after the loop; the two remaining pieces were never computed`);
