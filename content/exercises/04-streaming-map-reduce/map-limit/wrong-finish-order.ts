// fails: in-order: the results of mapLimit(0 … 5, 3, fn): [ 'r1'
export async function* mapLimit<T, R>(
  source: AsyncIterable<T>,
  limit: number,
  fn: (item: T, signal: AbortSignal) => Promise<R>,
): AsyncGenerator<R, void, undefined> {
  const controller = new AbortController();
  const items = source[Symbol.asyncIterator]();
  // Each running call under a number, and a promise that says its number once it has settled.
  const running = new Map<number, { call: Promise<R>; settled: Promise<number> }>();
  let started = 0;
  let sourceDone = false;
  try {
    for (;;) {
      while (!sourceDone && running.size < limit) {
        const next = await items.next();
        if (next.done) sourceDone = true;
        else {
          const id = started++;
          const call = fn(next.value, controller.signal);
          running.set(id, { call, settled: call.then(() => id, () => id) });
        }
      }
      if (running.size === 0) return;
      // Yields whichever call finishes first: the source's order is lost.
      const first = await Promise.race([...running.values()].map((r) => r.settled));
      const { call } = running.get(first)!;
      running.delete(first);
      yield await call;
    }
  } finally {
    controller.abort();
    if (!sourceDone) await items.return?.();
  }
}
