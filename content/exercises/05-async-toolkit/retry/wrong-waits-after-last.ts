// fails: gives-up: after the last failure before it rejected
export interface Options {
  tries: number;
  delay: number;
  signal: AbortSignal;
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
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
  let last: unknown;
  for (let n = 1; n <= tries; n++) {
    signal.throwIfAborted();
    try {
      return await attempt(signal);
    } catch (err) {
      if (signal.aborted) throw signal.reason;
      last = err;
    }
    // Waits after every failure, the last one too, before the loop ends.
    await wait(delay * 2 ** (n - 1), signal);
  }
  throw last;
}
