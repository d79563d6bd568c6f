// asyncio.as_completed has no built-in twin. Here is one: an async generator that
// yields each outcome in the order the inputs settle, as Promise.allSettled records.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function asCompleted<T>(promises: Iterable<Promise<T>>): AsyncGenerator<PromiseSettledResult<T>, void, undefined> {
  const inputs = [...promises];
  const slots = inputs.map(() => Promise.withResolvers<PromiseSettledResult<T>>());
  let filled = 0;
  // Subscribe now, in a plain function: a generator's body would wait for the first
  // next(), and an input that failed before then would be an unhandled rejection.
  for (const p of inputs) {
    p.then(
      (value) => slots[filled++].resolve({ status: "fulfilled", value }),
      (reason) => slots[filled++].resolve({ status: "rejected", reason }),
    );
  }
  return (async function* () {
    for (const slot of slots) yield await slot.promise;
  })();
}

type User = { id: number; name: string };

async function fetchUser(id: number, ms: number): Promise<User> {
  await sleep(ms);
  if (id === 4) throw new Error(`user ${id} not found`);
  return { id, name: `User_${id}` };
}

const t0 = performance.now();
const since = () => `${Math.round(performance.now() - t0)} ms`;
// All five start now; they need 200, 100, 250, 150 and 50 ms. User 4 fails.
const tasks = [200, 100, 250, 150, 50].map((ms, i) => fetchUser(i + 1, ms));
for await (const outcome of asCompleted(tasks)) {
  if (outcome.status === "rejected") {
    console.log(`failed: ${(outcome.reason as Error).message} (${since()})`); // and the loop goes on
    continue;
  }
  console.log(`done: ${outcome.value.name} (${since()})`);
}
console.log("Promise.all over the same tasks would have rejected at 150 ms, with no results at all.");
