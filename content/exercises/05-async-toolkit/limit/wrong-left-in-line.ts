// fails: no-leak: the slot the waiter gave up was never given back
export type Run = <T>(task: () => Promise<T>, options?: { signal?: AbortSignal }) => Promise<T>;

export function limit(n: number): Run {
  let active = 0;
  const waiting: Array<() => void> = [];

  const acquire = (signal?: AbortSignal): Promise<void> => {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (active < n) {
      active++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      waiting.push(resolve);
      // Rejects, but leaves `resolve` in the line: release() later hands the
      // slot to a promise that has already settled, and the slot is gone.
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };

  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };

  return async (task, { signal } = {}) => {
    await acquire(signal);
    try {
      return await task();
    } finally {
      release();
    }
  };
}
