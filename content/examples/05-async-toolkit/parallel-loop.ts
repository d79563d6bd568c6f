// ✅ Start every request first, then wait for all of them: the five waits
// overlap, so the total is about one wait (150 ms). Same results, same order.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function fetchUser(id: number): Promise<string> {
  await sleep(150); // simulated network wait
  return `User_${id}`;
}

const t0 = performance.now();
const names = await Promise.all([1, 2, 3, 4, 5].map((id) => fetchUser(id)));
console.log(names.join(", "));
console.log(`${Math.round(performance.now() - t0)} ms`);
