const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// What the search yields: first the context it used, then the answer piece by piece.
type ContextRecord = { kind: 'context'; records: string };
type TokenRecord = { kind: 'token'; text: string };
type SearchRecord = ContextRecord | TokenRecord;

interface SearchCallback {
  onMapResponseStart(contextChunks: readonly string[]): void;
  onMapResponseEnd(mapResponses: readonly string[]): void;
}

// Stands in for a real context builder (a database, a vector index...).
class ContextBuilder {
  buildContext(): { chunks: string[]; records: string } {
    return { chunks: ['chunk1', 'chunk2', 'chunk3'], records: 'Initial Context Record' };
  }
}

const printingCallback: SearchCallback = {
  onMapResponseStart(contextChunks) {
    console.log('Callback: Starting map response with context chunks:', contextChunks);
  },
  onMapResponseEnd(mapResponses) {
    console.log('Callback: Finished map response with results:', mapResponses);
  },
};

class AsyncSearch {
  readonly contextBuilder = new ContextBuilder();
  readonly callbacks: SearchCallback[] = [printingCallback];

  // Map: one simulated model call per chunk (300 ms of waiting each).
  private async mapOne(chunk: string, query: string): Promise<string> {
    await sleep(300);
    return `Processed ${chunk} with query '${query}'`;
  }

  // Reduce: streams the final answer, one piece every 300 ms.
  private async *streamReduce(
    mapResponses: readonly string[],
  ): AsyncGenerator<TokenRecord, void, undefined> {
    for (const response of mapResponses) {
      await sleep(300);
      yield { kind: 'token', text: `Reduced result: ${response}` };
    }
  }

  async *streamSearch(query: string): AsyncGenerator<SearchRecord, void, undefined> {
    const { chunks, records } = this.contextBuilder.buildContext();

    for (const callback of this.callbacks) callback.onMapResponseStart(chunks);
    const mapResponses = await Promise.all(chunks.map((chunk) => this.mapOne(chunk, query)));
    for (const callback of this.callbacks) callback.onMapResponseEnd(mapResponses);

    yield { kind: 'context', records }; // the context goes out first...
    yield* this.streamReduce(mapResponses); // ...then every piece of the answer
  }
}

const t0 = performance.now();
const search = new AsyncSearch();
for await (const record of search.streamSearch('example query')) {
  switch (record.kind) {
    case 'context':
      console.log('Received:', record.records);
      break;
    case 'token':
      console.log('Received:', record.text);
      break;
  }
}
console.log(`Whole search: ${Math.round(performance.now() - t0)} ms`);
