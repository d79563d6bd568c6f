// sleep that gives up as soon as the signal is aborted (and clears its timer).
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

type SearchRecord = { kind: 'context'; records: string } | { kind: 'token'; text: string };

interface SearchOptions {
  signal?: AbortSignal;
}

class AsyncSearch {
  private async mapOne(chunk: string, query: string, signal?: AbortSignal): Promise<string> {
    await sleep(300, signal); // a real call would be fetch(url, { signal })
    return `Processed ${chunk} with query '${query}'`;
  }

  private async *streamReduce(
    mapResponses: readonly string[],
    signal?: AbortSignal,
  ): AsyncGenerator<SearchRecord, void, undefined> {
    for (const response of mapResponses) {
      await sleep(300, signal);
      yield { kind: 'token', text: `Reduced result: ${response}` };
    }
  }

  async *streamSearch(
    query: string,
    { signal }: SearchOptions = {},
  ): AsyncGenerator<SearchRecord, void, undefined> {
    try {
      signal?.throwIfAborted();
      const chunks = ['chunk1', 'chunk2', 'chunk3'];
      const mapResponses = await Promise.all(
        chunks.map((chunk) => this.mapOne(chunk, query, signal)),
      );
      yield { kind: 'context', records: 'Initial Context Record' };
      yield* this.streamReduce(mapResponses, signal);
    } finally {
      console.log('  search: finally');
    }
  }
}

async function run(stopAfter: number): Promise<void> {
  const t0 = performance.now();
  const ms = () => `${Math.round(performance.now() - t0)} ms`;
  const controller = new AbortController();
  // Stands in for a Stop button the user presses after `stopAfter` ms.
  const stopButton = setTimeout(() => controller.abort(new Error('stopped by the user')), stopAfter);

  try {
    for await (const record of new AsyncSearch().streamSearch('example query', {
      signal: controller.signal,
    })) {
      console.log(`${ms()}: ${record.kind === 'context' ? record.records : record.text}`);
    }
    console.log(`${ms()}: search complete`);
  } catch (err) {
    if (controller.signal.aborted && err === controller.signal.reason) {
      console.log(`${ms()}: cancelled: ${(err as Error).message}`);
    } else {
      throw err; // a real failure, not our cancellation
    }
  } finally {
    clearTimeout(stopButton); // no timer left behind if the search finished first
  }
}

console.log('--- Stop pressed during the map step (at 100 ms) ---');
await run(100);
console.log('--- Stop pressed during the reduce step (at 450 ms) ---');
await run(450);
