// Gets the results right, but makes one call at a time. Make it keep `limit` calls
// running: start a new call as soon as one finishes, never more than `limit` at once,
// results in the order of the items. On the first error, reject with it and start
// no new call.
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await fn(item));
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
