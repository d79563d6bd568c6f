// "Heavy computation" in the map step: 100 ms of real CPU work per chunk.
function busyWork(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // keep the CPU busy: nothing else can run on this thread meanwhile
  }
}

async function mapOne(chunk: string): Promise<string> {
  console.log(`start ${chunk}`);
  busyWork(100);
  console.log(`done  ${chunk}`);
  return `Processed ${chunk}`;
}

const chunks = ['chunk1', 'chunk2', 'chunk3'];

console.time('map step');
const responses: string[] = [];
for (const chunk of chunks) {
  responses.push(await mapOne(chunk));
}
console.timeEnd('map step'); // about 3 × 100 = 300 ms
console.log(responses);
