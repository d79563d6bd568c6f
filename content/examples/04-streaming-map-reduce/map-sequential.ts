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

// Sequential: the next call starts only after the previous one finished.
console.time('map step');
const responses: string[] = [];
for (const chunk of chunks) {
  responses.push(await mapOne(chunk, 'example query'));
}
console.timeEnd('map step'); // about 300 + 100 + 200 = 600 ms
console.log(responses);
