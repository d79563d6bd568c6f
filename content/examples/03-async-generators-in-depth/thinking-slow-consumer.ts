const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// The same generator: hand out a step first, then wait 50 ms before the next one.
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
// This consumer also works 30 ms per step. The generator is paused at its yield
// meanwhile, and only starts its 50 ms wait when asked for the next step.
for await (const step of simulateThinking()) {
  console.log(`[${Math.round(performance.now() - t0)} ms] ${step}`);
  await sleep(30);
}
console.timeEnd("total");
