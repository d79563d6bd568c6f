// Runs fn on each item of source, with up to `limit` calls going at once, and
// yields the results in the source's order. When the loop ends early (a break,
// or a call that failed), it aborts the calls still running and stops the source.
export async function* mapLimit<T, R>(
  source: AsyncIterable<T>,
  limit: number,
  fn: (item: T, signal: AbortSignal) => Promise<R>,
): AsyncGenerator<R, void, undefined> {
  const controller = new AbortController();
  const items = source[Symbol.asyncIterator]();
  // Calls started and not yet yielded, oldest first: never more than `limit`.
  const running: Promise<R>[] = [];
  let sourceDone = false;

  // Starts calls until `limit` are running or the source has no more items.
  async function fill(): Promise<void> {
    while (!sourceDone && running.length < limit) {
      const next = await items.next();
      if (next.done) {
        sourceDone = true;
        return;
      }
      const call = fn(next.value, controller.signal);
      // Awaited later, in its turn; until then this keeps a rejection from counting as unhandled.
      call.catch(() => {});
      running.push(call);
    }
  }

  try {
    await fill();
    while (running.length > 0) {
      const result = await running.shift()!;
      // A place is free: start the next call before handing this result out.
      await fill();
      yield result;
    }
  } finally {
    // However the loop ended: stop the calls still running, and the source, which
    // `for await` would have stopped for us, but we read it by hand.
    controller.abort();
    if (!sourceDone) await items.return?.();
  }
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
