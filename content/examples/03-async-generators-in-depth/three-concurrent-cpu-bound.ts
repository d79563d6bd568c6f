// A busy loop: 100 ms of real computation, not waiting.
function compute(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // pretend to crunch numbers
  }
}

// Same shape as before, but each step computes instead of waiting.
async function* task(id: number): AsyncGenerator<string, void, undefined> {
  for (let step = 0; step < 3; step++) {
    compute(100);
    yield `task ${id}: step ${step}`;
  }
}

async function consume(id: number): Promise<void> {
  for await (const line of task(id)) console.log(line);
}

console.time("total");
// Promise.all again, but there is nothing to overlap: one thread does all the work.
await Promise.all([1, 2, 3].map((id) => consume(id)));
console.timeEnd("total");
