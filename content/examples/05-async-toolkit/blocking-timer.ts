// One thread runs everything. While synchronous code runs, nothing else can:
// not timers, not promise callbacks, not (in a browser tab) rendering.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// CPU-bound work simulated by spinning for `ms` milliseconds.
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // no await in here, so nothing else gets a turn
  }
}

async function trial(label: string, work: () => Promise<void>): Promise<void> {
  const t0 = performance.now();
  const fired = new Promise<number>((resolve) =>
    setTimeout(() => resolve(Math.round(performance.now() - t0)), 50),
  );
  await work();
  const workMs = Math.round(performance.now() - t0);
  console.log(`${label}: work took ${workMs} ms; the 50 ms timer fired at ${await fired} ms`);
}

// 1. One 200 ms block of CPU work: the timer has to wait for the end of it.
await trial("blocking", async () => busy(200));

// 2. Ten 20 ms slices with `await Promise.resolve()` between them: still late,
//    because promise callbacks (microtasks) run before any timer.
await trial("microtask breaks", async () => {
  for (let i = 0; i < 10; i++) {
    busy(20);
    await Promise.resolve();
  }
});

// 3. Ten 20 ms slices with a real trip through the event loop between them:
//    the timer fires almost on time, but the work itself is no faster.
await trial("setTimeout breaks", async () => {
  for (let i = 0; i < 10; i++) {
    busy(20);
    await nextTask();
  }
});
