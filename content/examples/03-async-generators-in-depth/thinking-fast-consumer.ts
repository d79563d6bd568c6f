const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Hand out a step first, then wait 50 ms before the next one.
async function* simulateThinking(): AsyncGenerator<string, void, undefined> {
  const steps = [
    "Understanding the question...",
    "Searching the knowledge base...",
    "Analysing the context...",
    "Planning the answer...",
    "Writing it out...",
  ];
  for (const step of steps) {
    yield step;
    await sleep(50);
  }
}

console.time("total");
const t0 = performance.now();
// This consumer only prints, so the generator's 50 ms alone sets the pace.
for await (const step of simulateThinking()) {
  console.log(`[${Math.round(performance.now() - t0)} ms] ${step}`);
}
console.timeEnd("total");
