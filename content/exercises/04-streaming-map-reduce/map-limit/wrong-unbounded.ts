// fails: never-more: 8 calls ran at once
export async function* mapLimit<T, R>(
  source: AsyncIterable<T>,
  limit: number,
  fn: (item: T, signal: AbortSignal) => Promise<R>,
): AsyncGenerator<R, void, undefined> {
  const controller = new AbortController();
  // Starts a call for every item as it arrives: the limit is never applied.
  const started: Promise<R>[] = [];
  try {
    for await (const item of source) {
      const call = fn(item, controller.signal);
      call.catch(() => {});
      started.push(call);
    }
    for (const call of started) yield await call;
  } finally {
    controller.abort();
  }
}
