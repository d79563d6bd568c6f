// fails: no-leak: the slot the waiter gave up was never given back
export type Run = <T>(task: () => Promise<T>, options?: { signal?: AbortSignal }) => Promise<T>;

export function limit(n: number): Run {
  let active = 0;
  const waiting: Array<() => void> = [];

  const acquire = (): Promise<void> => {
    if (active < n) {
      active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };

  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };

  // The caller stops waiting on abort, but acquire() stays in line: it gets the
  // next slot, and nobody is left to release it.
  return async (task, { signal } = {}) => {
    const aborted = new Promise<never>((_, reject) => {
      if (signal?.aborted) reject(signal.reason);
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
    await Promise.race([acquire(), aborted]);
    try {
      return await task();
    } finally {
      release();
    }
  };
}
