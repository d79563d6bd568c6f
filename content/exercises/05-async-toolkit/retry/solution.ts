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

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts (the timer cleared). */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    // An abort listener added to a signal that has already aborted never fires.
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export async function retry<T>(attempt: (signal: AbortSignal) => Promise<T>, { tries, delay, signal }: Options): Promise<T> {
  for (let n = 1; ; n++) {
    signal.throwIfAborted(); // aborted before a try: don't start it
    try {
      return await attempt(signal);
    } catch (err) {
      // A try that failed because of the abort is not worth repeating.
      if (signal.aborted) throw signal.reason;
      if (n >= tries) throw err;
    }
    await wait(delay * 2 ** (n - 1), signal); // delay, 2 × delay, 4 × delay, …
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
