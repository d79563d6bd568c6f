// Runs `work` with a deadline, like asyncio.wait_for(coro, timeout): resolves or
// rejects as the work does if it settles within `ms`; otherwise rejects with a
// TimeoutError at the deadline and aborts the work's signal, so the loser stops.
// Either way, no timer is left behind.
export function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  const { promise: expired, reject } = Promise.withResolvers<never>();
  const timer = setTimeout(() => {
    const error = new DOMException(`timed out after ${ms} ms`, 'TimeoutError');
    // Reject first: the race then settles with the TimeoutError, whatever
    // error the work throws once it hears the abort.
    reject(error);
    controller.abort(error);
  }, ms);
  // Whichever settles first wins the race; the timer goes either way.
  return Promise.race([work(controller.signal), expired]).finally(() => clearTimeout(timer));
}

// Try it: a job of 300 ms under a deadline of 100 ms.
function slowJob(signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      console.log('job: finished');
      resolve('the result');
    }, 300);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      console.log('job: told to stop');
      reject(signal.reason);
    }, { once: true });
  });
}
const t0 = performance.now();
try {
  console.log(await withTimeout(slowJob, 100));
} catch (err) {
  console.log(`${(err as Error).name} after ${Math.round(performance.now() - t0)} ms`);
}
