// Counts each stream's messages; all the streams are read at the same time.
// Promise.allSettled waits for every count and reports each one, failed or not.
export function countAll(streams: AsyncIterable<string>[]): Promise<PromiseSettledResult<number>[]> {
  return Promise.allSettled(streams.map((stream) => count(stream)));
}

async function count(stream: AsyncIterable<string>): Promise<number> {
  let n = 0;
  for await (const _ of stream) n++;
  return n;
}

// Try it: three users' streams of 60 ms messages; the second one breaks off.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
async function* messages(user: string, n: number, failAt = 0): AsyncGenerator<string, void, undefined> {
  for (let i = 1; i <= n; i++) {
    await sleep(60);
    if (i === failAt) throw new Error(`${user}: connection lost`);
    yield `${user}: message ${i}`;
  }
}
const t0 = performance.now();
try {
  const results = await countAll([messages('user 1', 3), messages('user 2', 3, 2), messages('user 3', 3)]);
  console.log(results.map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason))));
} catch (err) {
  console.log(`countAll rejected: ${String(err)}`);
}
console.log(`${Math.round(performance.now() - t0)} ms`);
