const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// The map step: one simulated model call per chunk. Each call mostly *waits*.
const latency: Record<string, number> = { chunk1: 300, chunk2: 100, chunk3: 200 };

async function mapOne(chunk: string, query: string): Promise<string> {
  console.log(`start ${chunk}`);
  await sleep(latency[chunk] ?? 100);
  console.log(`done  ${chunk}`);
  return `Processed ${chunk} with query '${query}'`;
}

const chunks = ['chunk1', 'chunk2', 'chunk3'];

// Concurrent: map() starts every call at once, Promise.all waits for all of them.
console.time('map step');
const responses = await Promise.all(chunks.map((chunk) => mapOne(chunk, 'example query')));
console.timeEnd('map step'); // about max(300, 100, 200) = 300 ms
// Finished out of order (2, 3, 1), but the results keep the input order:
console.log(responses);
