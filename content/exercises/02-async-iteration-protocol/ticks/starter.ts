// Yields 1, 2, 3, … one every `ms`, until `signal` aborts. An abort ends the
// loop at once, even in the middle of a wait, without an error, and leaves no
// timer behind.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function* ticks(ms: number, signal: AbortSignal): AsyncGenerator<number, void, undefined> {
  // Looks at the signal only between waits: an abort during a wait is noticed
  // when the wait is over, and one more tick comes out.
  for (let n = 1; !signal.aborted; n++) {
    await sleep(ms);
    yield n;
  }
}

// Try it: ticks every 100 ms, aborted after 250 ms.
const controller = new AbortController();
setTimeout(() => controller.abort(), 250);
const t0 = performance.now();
for await (const n of ticks(100, controller.signal)) console.log('tick', n);
console.log(`ended after ${Math.round(performance.now() - t0)} ms`);
