// ✅ Await what you start. If something really must run in the background,
// keep its promise, attach a handler at once, and wait for it before exiting.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const database: string[] = [];

async function saveUser(name: string): Promise<void> {
  await sleep(100);
  if (name === "") throw new Error("empty name");
  database.push(name);
  console.log(`  saved ${name}`);
}

async function signUp(name: string): Promise<void> {
  try {
    await saveUser(name);
  } catch (err) {
    console.log(`signUp failed: ${(err as Error).message}`);
  }
  console.log(`signUp(${JSON.stringify(name)}) returned`);
}

await signUp("ada");
await signUp(""); // the error now reaches the try/catch
console.log(`users in the database: ${database.length}`);

// Deliberate background work: keep a reference and handle errors right away.
const background = new Set<Promise<void>>();
function inBackground(promise: Promise<void>): void {
  const handled = promise.catch((err) => console.log(`background task failed: ${err.message}`));
  background.add(handled);
  handled.finally(() => background.delete(handled));
}
inBackground(saveUser("grace"));
inBackground(saveUser(""));
console.log(`${background.size} background tasks running`);
await Promise.allSettled(background); // before shutting down
console.log(`users in the database: ${database.length}`);
