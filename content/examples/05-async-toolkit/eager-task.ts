// Calling an async function starts it: the body runs synchronously up to
// its first `await`, and you get back a promise that is already running.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function fetchData(url: string): Promise<{ url: string; status: string }> {
  console.log(`  fetchData(${url}): body starts`);
  await sleep(300); // simulated I/O
  console.log(`  fetchData(${url}): I/O done`);
  return { url, status: "ok" };
}

// A promise has no synchronous done(): if you need the flag, record it yourself.
function track(promise: Promise<unknown>): { done: boolean } {
  const state = { done: false };
  promise.then(
    () => { state.done = true; },
    () => { state.done = true; },
  );
  return state;
}

console.log("1. calling fetchData('/a')");
const task = fetchData("/a");
console.log("2. the call returned; the body has already started");
const state = track(task);
console.log(`3. done? ${state.done}`);
const result = await task;
console.log(`4. done? ${state.done}`);
console.log(`5. result: ${JSON.stringify(result)}`);

// Want Python's laziness? Keep a function, not a promise.
const later = () => fetchData("/b");
console.log("6. holding a function: nothing has started for '/b'");
await sleep(100);
console.log("7. calling it now");
await later();
console.log("8. finished");
