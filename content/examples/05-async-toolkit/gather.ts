// asyncio.gather(...) -> Promise.all([...]);
// gather(..., return_exceptions=True) -> Promise.allSettled([...]).
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type User = { id: number; name: string };

async function fetchUser(id: number, fail = false): Promise<User> {
  await sleep(300);
  if (fail) throw new Error(`user ${id} not found`);
  return { id, name: `User_${id}` };
}

// The three calls start at once, so the waits overlap: about 300 ms, not 900.
let t0 = performance.now();
const users = await Promise.all([fetchUser(1), fetchUser(2), fetchUser(3)]);
console.log(users);
console.log(`Promise.all: ${Math.round(performance.now() - t0)} ms`);

// One of them fails: allSettled never rejects; it describes each outcome.
t0 = performance.now();
const results = await Promise.allSettled([fetchUser(1), fetchUser(2, true), fetchUser(3)]);
for (const r of results) {
  if (r.status === "fulfilled") console.log(`ok:    ${r.value.name}`);
  else console.log(`error: ${(r.reason as Error).message}`);
}
console.log(`Promise.allSettled: ${Math.round(performance.now() - t0)} ms`);
