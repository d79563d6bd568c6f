// asyncio.TaskGroup, hand-made: run tasks together; on the first failure,
// abort the siblings, wait for all of them, then throw every real error.
// Cancellation is cooperative: each task gets an AbortSignal and must honour it.
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

async function taskGroup<T>(tasks: Array<(signal: AbortSignal) => Promise<T>>): Promise<T[]> {
  const controller = new AbortController();
  const errors: unknown[] = [];
  const running = tasks.map(async (task) => {
    try {
      return await task(controller.signal);
    } catch (err) {
      const cancelled = controller.signal.aborted && err === controller.signal.reason;
      if (!cancelled) {
        errors.push(err); // a real failure (cancellations are not reported, as in Python)
        controller.abort(new DOMException("a sibling task failed", "AbortError"));
      }
      throw err;
    }
  });
  await Promise.allSettled(running); // like leaving `async with`: wait for every child
  if (errors.length > 0) throw new AggregateError(errors, `${errors.length} task(s) failed`);
  return Promise.all(running);
}

type User = { id: number; name: string };

let t0 = 0;
const since = () => `${Math.round(performance.now() - t0)} ms`;

function fetchUser(id: number, ms: number, fail = false) {
  return async (signal: AbortSignal): Promise<User> => {
    try {
      await sleep(ms, signal);
    } catch (err) {
      console.log(`  user ${id} cancelled (${since()})`);
      throw err;
    }
    if (fail) {
      console.log(`  user ${id} fails (${since()})`);
      throw new Error(`user ${id} not found`);
    }
    console.log(`  user ${id} done (${since()})`);
    return { id, name: `User_${id}` };
  };
}

console.log("All succeed:");
t0 = performance.now();
const users = await taskGroup([fetchUser(1, 300), fetchUser(2, 100), fetchUser(3, 200)]);
console.log(`results: ${users.map((u) => u.name).join(", ")} (${since()})`);

console.log("\nUser 2 fails:");
t0 = performance.now();
try {
  await taskGroup([fetchUser(1, 300), fetchUser(2, 100, true), fetchUser(3, 200)]);
} catch (err) {
  if (err instanceof AggregateError) {
    const messages = err.errors.map((e: Error) => e.message);
    console.log(`AggregateError: ${err.message}: ${messages.join("; ")} (${since()})`);
  } else throw err; // anything else is a bug, not a failed task: let it through
}
