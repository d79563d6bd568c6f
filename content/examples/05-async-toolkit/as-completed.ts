// asyncio.as_completed has no built-in twin. Here is one: an async generator
// that yields results in the order they finish, built on Promise.withResolvers.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function* asCompleted<T>(promises: Iterable<Promise<T>>): AsyncGenerator<T, void, undefined> {
  const inputs = [...promises];
  const slots = inputs.map(() => Promise.withResolvers<T>());
  let filled = 0;
  // Whichever input settles next fills the next free slot.
  for (const p of inputs) {
    p.then(
      (value) => slots[filled++].resolve(value),
      (reason) => slots[filled++].reject(reason),
    );
  }
  let i = 0;
  try {
    for (; i < slots.length; i++) yield await slots[i].promise;
  } finally {
    // If the consumer stops early, nobody will await the remaining slots:
    // mark them handled so a later rejection is not reported as unhandled.
    for (const slot of slots.slice(i + 1)) slot.promise.catch(() => {});
  }
}

type User = { id: number; name: string };

async function fetchUser(id: number, ms: number): Promise<User> {
  await sleep(ms);
  return { id, name: `User_${id}` };
}

const t0 = performance.now();
// All five start now; they need 200, 100, 250, 150 and 50 ms.
const tasks = [200, 100, 250, 150, 50].map((ms, i) => fetchUser(i + 1, ms));
for await (const user of asCompleted(tasks)) {
  console.log(`done: ${user.name} (${Math.round(performance.now() - t0)} ms)`);
}
console.log("Promise.all would have handed them back in input order, all at the end.");
