// Runs fn on each item of source, with up to `limit` calls going at once, and
// yields the results in the source's order. When the loop ends early (a break,
// or a call that failed), it aborts the calls still running and stops the source.
export async function* mapLimit<T, R>(
  source: AsyncIterable<T>,
  limit: number,
  fn: (item: T, signal: AbortSignal) => Promise<R>,
): AsyncGenerator<R, void, undefined> {
  // For now one call at a time. Keep up to `limit` calls going (results still in
  // order), and when the loop ends early, abort the calls still running.
  const controller = new AbortController();
  for await (const item of source) yield await fn(item, controller.signal);
}

// Try it: six chunks, two calls at a time, and a consumer that stops after four results.
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
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
async function* chunks() {
  for (let i = 1; i <= 6; i++) yield `chunk${i}`;
}
async function summarize(chunk: string, signal: AbortSignal): Promise<string> {
  console.log('start', chunk);
  try {
    await sleep(100, signal);
    return `summary of ${chunk}`;
  } finally {
    console.log(signal.aborted ? 'aborted' : 'done', chunk);
  }
}
let received = 0;
for await (const summary of mapLimit(chunks(), 2, summarize)) {
  console.log(summary);
  if (++received === 4) break;
}
console.log('after the loop');
