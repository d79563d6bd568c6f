// fails: limit: a slot was freed before its task had finished
export type Run = <T>(task: () => Promise<T>, options?: { signal?: AbortSignal }) => Promise<T>;

export function limit(n: number): Run {
  let active = 0;
  const waiting: Array<() => void> = [];

  const acquire = (signal?: AbortSignal): Promise<void> => {
    // An abort listener added to a signal that has already aborted never fires.
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (active < n) {
      active++;
      return Promise.resolve();
    }
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
      // Returns the task's promise at once: finally frees the slot while the task still runs.
      return task();
    } finally {
      release();
    }
  };
}

