// fails: counts: [ 1, 2, 3 ]
// Concurrent, but each result is pushed when its stream ends: the fastest stream comes first.
export async function countAll(streams: AsyncIterable<string>[]): Promise<PromiseSettledResult<number>[]> {
  const results: PromiseSettledResult<number>[] = [];
  await Promise.all(
    streams.map((stream) =>
      count(stream).then(
        (value) => results.push({ status: 'fulfilled', value }),
        (reason: unknown) => results.push({ status: 'rejected', reason }),
      ),
    ),
  );
  return results;
}

async function count(stream: AsyncIterable<string>): Promise<number> {
  let n = 0;
  for await (const _ of stream) n++;
  return n;
}
