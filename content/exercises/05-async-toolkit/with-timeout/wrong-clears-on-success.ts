// fails: no-timer-left: after the work failed at 10 ms, 1 timer still pending
// The timer is cleared in then()'s success handler only: a failure leaves it set.
export function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  const { promise: expired, reject } = Promise.withResolvers<never>();
  const timer = setTimeout(() => {
    const error = new DOMException(`timed out after ${ms} ms`, 'TimeoutError');
    reject(error);
    controller.abort(error);
  }, ms);
  return Promise.race([work(controller.signal), expired]).then((value) => {
    clearTimeout(timer);
    return value;
  });
}
