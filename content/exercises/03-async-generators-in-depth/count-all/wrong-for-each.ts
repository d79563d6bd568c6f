// fails: counts: []
// forEach starts every count but does not wait for the async callbacks: countAll returns at once.
export async function countAll(streams: AsyncIterable<string>[]): Promise<PromiseSettledResult<number>[]> {
  const results: PromiseSettledResult<number>[] = [];
  streams.forEach(async (stream, i) => {
    try {
      results[i] = { status: 'fulfilled', value: await count(stream) };
    } catch (reason) {
      results[i] = { status: 'rejected', reason };
    }
  });
  return results;
}

async function count(stream: AsyncIterable<string>): Promise<number> {
  let n = 0;
  for await (const _ of stream) n++;
  return n;
}
