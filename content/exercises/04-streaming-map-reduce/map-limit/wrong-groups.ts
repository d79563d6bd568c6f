// fails: keeps-busy: a slow call held up the next ones
export async function* mapLimit<T, R>(
  source: AsyncIterable<T>,
  limit: number,
  fn: (item: T, signal: AbortSignal) => Promise<R>,
): AsyncGenerator<R, void, undefined> {
  const controller = new AbortController();
  try {
    let group: T[] = [];
    // Waits for a whole group before starting the next: one slow call holds up the rest.
    const run = () => Promise.all(group.map((item) => fn(item, controller.signal)));
    for await (const item of source) {
      group.push(item);
      if (group.length === limit) {
        yield* await run();
        group = [];
      }
    }
    if (group.length > 0) yield* await run();
  } finally {
    controller.abort();
  }
}
