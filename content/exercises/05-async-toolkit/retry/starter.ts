// Calls attempt(signal) up to `tries` times and resolves with the first success.
// After a failure it waits `delay` ms, then twice that, then four times, and so
// on; the last failure rejects at once with its error. An abort of `signal`
// (before a try, during a try or during a wait) rejects at once with the
// signal's reason: no more tries, and no timer left behind.
export interface Options {
  tries: number;
  delay: number;
  signal: AbortSignal;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function retry<T>(attempt: (signal: AbortSignal) => Promise<T>, { tries, delay, signal }: Options): Promise<T> {
  // Tries again after each failure, but always waits the same `delay`, and
  // only the tries get the signal: an abort neither ends a wait nor stops the
  // tries. Make the waits grow and the abort count.
  for (let n = 1; ; n++) {
    try {
      return await attempt(signal);
    } catch (err) {
      if (n >= tries) throw err;
    }
    await sleep(delay);
  }
}

// Try it: a service that answers on the third try.
let calls = 0;
const t0 = performance.now();
const flaky = async (): Promise<string> => {
  calls++;
  console.log(`try ${calls} at ${Math.round(performance.now() - t0)} ms`);
  if (calls < 3) throw new Error(`try ${calls} failed`);
  return 'the answer';
};
try {
  console.log(await retry(flaky, { tries: 5, delay: 50, signal: new AbortController().signal }));
} catch (err) {
  console.log(`retry rejected: ${(err as Error).message}`);
}
