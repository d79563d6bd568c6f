const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// The same map step, but each call *waits* 100 ms (a network reply, say)
// instead of computing for 100 ms.
async function mapOne(chunk: string): Promise<string> {
  console.log(`start ${chunk}`);
  await sleep(100);
  console.log(`done  ${chunk}`);
  return `Processed ${chunk}`;
}

const chunks = ['chunk1', 'chunk2', 'chunk3'];

// The three waits overlap, so the whole step takes about as long as one.
console.time('map step');
const responses = await Promise.all(chunks.map((chunk) => mapOne(chunk)));
console.timeEnd('map step'); // about 100 ms
console.log(responses);
