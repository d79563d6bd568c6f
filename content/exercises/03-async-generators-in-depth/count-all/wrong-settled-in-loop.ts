// fails: overlap: one waited for the other
// allSettled, but called once per stream inside the loop: each await still waits for one stream.
export async function countAll(streams: AsyncIterable<string>[]): Promise<PromiseSettledResult<number>[]> {
  const results: PromiseSettledResult<number>[] = [];
  for (const stream of streams) {
    const [result] = await Promise.allSettled([count(stream)]);
    results.push(result);
  }
  return results;
}

async function count(stream: AsyncIterable<string>): Promise<number> {
  let n = 0;
  for await (const _ of stream) n++;
  return n;
}
