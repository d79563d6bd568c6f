// fails: one-fails: took the other results with it
// Concurrent, but Promise.all rejects as soon as one stream fails.
export async function countAll(streams: AsyncIterable<string>[]): Promise<PromiseSettledResult<number>[]> {
  const counts = await Promise.all(streams.map((stream) => count(stream)));
  return counts.map((value) => ({ status: 'fulfilled', value }));
}

async function count(stream: AsyncIterable<string>): Promise<number> {
  let n = 0;
  for await (const _ of stream) n++;
  return n;
}
