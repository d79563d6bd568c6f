// fails: already-aborted: though the signal had aborted before the call
export type Run = <T>(task: () => Promise<T>, options?: { signal?: AbortSignal }) => Promise<T>;

export function limit(n: number): Run {
  let active = 0;
  const waiting: Array<() => void> = [];

  const acquire = (signal?: AbortSignal): Promise<void> => {
    // A free slot is taken before the signal is looked at.
    if (active < n) {
      active++;
      return Promise.resolve();
    }
    if (signal?.aborted) return Promise.reject(signal.reason);
    const { promise, resolve, reject } = Promise.withResolvers<void>();
    const grant = () => {
      signal?.removeEventListener('abort', leave);
      resolve(); // release() hands its slot straight to us
    };
    const leave = () => {
      // Out of the line: release() can no longer hand a slot to a caller who left.
      waiting.splice(waiting.indexOf(grant), 1);
      reject(signal?.reason);
    };
    waiting.push(grant);
    signal?.addEventListener('abort', leave, { once: true });
    return promise;
  };

  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };

  return async (task, { signal } = {}) => {
    await acquire(signal);
    try {
      return await task(); // `return task()` would free the slot as soon as the task starts
    } finally {
      release();
    }
  };
}

