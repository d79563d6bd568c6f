// Yields 1, 2, 3, … one every `ms`, until `signal` aborts. An abort ends the
// loop at once, even in the middle of a wait, without an error, and leaves no
// timer behind.
/** Waits `ms`; true when the time is up, false as soon as `signal` aborts (the timer cleared). */
function wait(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export async function* ticks(ms: number, signal: AbortSignal): AsyncGenerator<number, void, undefined> {
  // The wait itself listens to the signal, so an abort ends it at once.
  for (let n = 1; !signal.aborted; n++) {
    if (!(await wait(ms, signal))) return;
    yield n;
  }
}

// Try it: ticks every 100 ms, aborted after 250 ms.
const controller = new AbortController();
setTimeout(() => controller.abort(), 250);
const t0 = performance.now();
for await (const n of ticks(100, controller.signal)) console.log('tick', n);
console.log(`ended after ${Math.round(performance.now() - t0)} ms`);
