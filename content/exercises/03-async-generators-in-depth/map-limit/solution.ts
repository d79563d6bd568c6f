// Calls fn on every item, at most `limit` calls at a time, and resolves to the
// results in the order of the items. Rejects with the first error, after which
// no new call starts.
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failed = false;
  // A worker takes the next item as soon as its previous call is done, so a slot
  // never stays free while items are waiting.
  async function worker(): Promise<void> {
    while (!failed && next < items.length) {
      const i = next++; // taken before the await: no other worker can take it too
      try {
        results[i] = await fn(items[i]);
      } catch (error) {
        failed = true; // the other workers finish what they hold and start nothing new
        throw error;
      }
    }
  }
  const workers = Array.from({ length: Math.min(limit, items.length) }, () => worker());
  await Promise.all(workers);
  return results;
}

// Try it: six downloads of 100 ms, two at a time: about 300 ms.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const t0 = performance.now();
const download = async (name: string) => {
  console.log(`start ${name} at ${Math.round(performance.now() - t0)} ms`);
  await sleep(100);
  return name.toUpperCase();
};
console.log(await mapLimit(['a', 'b', 'c', 'd', 'e', 'f'], 2, download));
console.log(`${Math.round(performance.now() - t0)} ms`);
