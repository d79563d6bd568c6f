// fails: stops-early: their signal was never aborted
export async function* mapLimit<T, R>(
  source: AsyncIterable<T>,
  limit: number,
  fn: (item: T, signal: AbortSignal) => Promise<R>,
): AsyncGenerator<R, void, undefined> {
  const controller = new AbortController();
  const items = source[Symbol.asyncIterator]();
  const running: Promise<R>[] = [];
  let sourceDone = false;
  async function fill(): Promise<void> {
    while (!sourceDone && running.length < limit) {
      const next = await items.next();
      if (next.done) sourceDone = true;
      else {
        const call = fn(next.value, controller.signal);
        call.catch(() => {});
        running.push(call);
      }
    }
  }
  try {
    await fill();
    while (running.length > 0) {
      const result = await running.shift()!;
      await fill();
      yield result;
    }
  } finally {
    // Stops the source, but leaves the calls in flight running to their end.
    if (!sourceDone) await items.return?.();
  }
}
