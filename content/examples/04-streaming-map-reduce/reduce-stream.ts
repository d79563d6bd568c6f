const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type TokenRecord = { kind: 'token'; text: string };

// The reduce step as an async generator: it hands out each piece of the
// answer as soon as it exists, instead of returning the whole answer at the end.
async function* streamReduce(
  mapResponses: readonly string[],
): AsyncGenerator<TokenRecord, void, undefined> {
  for (const response of mapResponses) {
    await sleep(200); // pretend the model needs a moment per piece
    yield { kind: 'token', text: `Reduced result: ${response}` };
  }
}

const mapResponses = [
  "Processed chunk1 with query 'example query'",
  "Processed chunk2 with query 'example query'",
  "Processed chunk3 with query 'example query'",
];

let t0 = performance.now();
const ms = () => `${Math.round(performance.now() - t0)} ms`;

// Streaming: the consumer can show the first piece after one delay.
console.log('--- streamed ---');
for await (const token of streamReduce(mapResponses)) {
  console.log(`${ms()}: ${token.text}`);
}

// Collecting first (Array.fromAsync): nothing to show until the very end.
console.log('--- collected ---');
t0 = performance.now();
const all = await Array.fromAsync(streamReduce(mapResponses));
console.log(`${ms()}: got all ${all.length} pieces at once`);
