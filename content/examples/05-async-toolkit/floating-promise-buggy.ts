// ❌ Calling an async function without awaiting it. The work still runs
// (promises start eagerly), but nobody waits for it and nobody sees its errors.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const database: string[] = [];

async function saveUser(name: string): Promise<void> {
  await sleep(100);
  database.push(name);
  console.log(`  saved ${name}`);
}

async function signUp(name: string): Promise<void> {
  try {
    saveUser(name); // forgot `await`: this try/catch could never see a failure
  } catch (err) {
    console.log(`never printed: ${err}`);
  }
  console.log(`signUp(${name}) returned`);
}

await signUp("ada");
console.log(`users in the database: ${database.length}`); // too early
