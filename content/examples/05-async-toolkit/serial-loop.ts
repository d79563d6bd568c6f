// ❌ An await inside the loop: each request starts only when the previous one
// has finished, so the waits add up (5 × 150 ms).
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function fetchUser(id: number): Promise<string> {
  await sleep(150); // simulated network wait
  return `User_${id}`;
}

const t0 = performance.now();
const names: string[] = [];
for (const id of [1, 2, 3, 4, 5]) {
  names.push(await fetchUser(id));
}
console.log(names.join(", "));
console.log(`${Math.round(performance.now() - t0)} ms`);
