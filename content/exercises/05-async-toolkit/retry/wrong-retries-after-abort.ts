// fails: abort-in-try: it tried again after the abort
export interface Options {
  tries: number;
  delay: number;
  signal: AbortSignal;
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    // No check of signal.aborted: on a signal that has already aborted, the
    // listener never fires, and the wait runs to its end.
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
  if (signal.aborted) throw signal.reason;
  for (let n = 1; ; n++) {
    try {
      return await attempt(signal);
    } catch (err) {
      // A try that failed because of the abort counts as one more failure to retry.
      if (n >= tries) throw err;
    }
    await wait(delay * 2 ** (n - 1), signal);
  }
}
