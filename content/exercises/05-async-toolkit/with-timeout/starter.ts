// Runs `work` with a deadline, like asyncio.wait_for(coro, timeout): resolves or
// rejects as the work does if it settles within `ms`; otherwise rejects with a
// TimeoutError at the deadline and aborts the work's signal, so the loser stops.
// Either way, no timer is left behind.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  // The caller stops waiting at the deadline, but nobody tells the work to stop,
  // and the deadline's timer stays set when the work finishes first. Fix both.
  const controller = new AbortController();
  const deadline = sleep(ms).then((): never => {
    throw new DOMException(`timed out after ${ms} ms`, 'TimeoutError');
  });
  return Promise.race([work(controller.signal), deadline]);
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
