// asyncio.wait's three strategies, and Promise.any, which asyncio lacks.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type User = { id: number; name: string };

let t0 = 0;
const since = () => `${Math.round(performance.now() - t0)} ms`;

async function fetchUser(id: number, ms: number, fail = false): Promise<User> {
  await sleep(ms);
  if (fail) {
    console.log(`  user ${id} failed (${since()})`);
    throw new Error(`user ${id} failed`);
  }
  console.log(`  user ${id} done (${since()})`);
  return { id, name: `User_${id}` };
}

// Users 1, 2, 3 finish after 150, 50 and 100 ms; user 2 may fail instead.
function start(user2Fails: boolean): Promise<User>[] {
  t0 = performance.now();
  return [fetchUser(1, 150), fetchUser(2, 50, user2Fails), fetchUser(3, 100)];
}

console.log("Promise.race ~ wait(FIRST_COMPLETED)");
let tasks = start(false);
const first = await Promise.race(tasks);
console.log(`first: ${first.name} (${since()}); the others keep running:`);
await Promise.allSettled(tasks);

console.log("\nPromise.all ~ wait(FIRST_EXCEPTION): fail fast");
tasks = start(true);
try {
  await Promise.all(tasks);
} catch (err) {
  console.log(`rejected: ${(err as Error).message} (${since()}); the others keep running:`);
}
await Promise.allSettled(tasks);

console.log("\nPromise.allSettled ~ wait(ALL_COMPLETED)");
tasks = start(true);
const settled = await Promise.allSettled(tasks);
console.log(`statuses: ${settled.map((r) => r.status).join(", ")} (${since()})`);

console.log("\nPromise.any: the first success (no asyncio equivalent)");
tasks = start(true);
const firstOk = await Promise.any(tasks);
console.log(`first success: ${firstOk.name} (${since()})`);
await Promise.allSettled(tasks);
