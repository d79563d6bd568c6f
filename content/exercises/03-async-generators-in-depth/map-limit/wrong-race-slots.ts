// fails: fails-fast: a rejection nobody handled
// Keeps a set of running calls and races them for a free slot. When a call fails,
// the promise that call.then() made rejects too, and nothing handles it.
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const running = new Set<Promise<R>>();
  const all: Promise<R>[] = [];
  for (const item of items) {
    if (running.size >= limit) await Promise.race(running);
    const call = fn(item);
    all.push(call);
    running.add(call);
    call.then(() => running.delete(call));
  }
  return Promise.all(all);
}
