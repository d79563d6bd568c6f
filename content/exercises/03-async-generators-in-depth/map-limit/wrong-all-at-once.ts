// fails: at-most: 8 calls ran at once
// Concurrent, but with no limit at all.
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  return Promise.all(items.map((item) => fn(item)));
}
