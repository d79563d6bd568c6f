// fails: no-timer-left: 1 timer still pending
export interface Options {
  tries: number;
  delay: number;
  signal: AbortSignal;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function retry<T>(attempt: (signal: AbortSignal) => Promise<T>, { tries, delay, signal }: Options): Promise<T> {
  // Races each wait against the abort: retry rejects in time, but the timer stays set.
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  aborted.catch(() => {});
  for (let n = 1; ; n++) {
    signal.throwIfAborted();
    try {
      return await attempt(signal);
    } catch (err) {
      if (signal.aborted) throw signal.reason;
      if (n >= tries) throw err;
    }
    await Promise.race([sleep(delay * 2 ** (n - 1)), aborted]);
  }
}
