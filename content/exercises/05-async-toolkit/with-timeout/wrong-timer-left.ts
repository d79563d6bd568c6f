// fails: no-timer-left: 1 timer still pending
// Aborts the loser at the deadline, but never clears the deadline when the work wins.
export function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  const deadline = new Promise<never>((_, reject) => setTimeout(() => {
    const error = new DOMException(`timed out after ${ms} ms`, 'TimeoutError');
    reject(error);
    controller.abort(error);
  }, ms));
  return Promise.race([work(controller.signal), deadline]);
}
