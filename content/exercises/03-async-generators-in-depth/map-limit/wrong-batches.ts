// fails: keeps-busy: a slot stayed free while items were waiting
// limit items at a time, but each batch waits for its slowest call.
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += limit) {
    results.push(...(await Promise.all(items.slice(i, i + limit).map((item) => fn(item)))));
  }
  return results;
}
