const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function* withCleanup(name: string): AsyncGenerator<number, void, undefined> {
  try {
    for (let i = 1; i <= 5; i++) {
      await sleep(20);
      yield i;
    }
  } finally {
    console.log(`  [${name}] finally ran`);
  }
}

// 1. Take two values by hand, then walk away. Nothing ever calls return():
//    the generator stays paused at its yield and its finally never runs.
const abandoned = withCleanup("abandoned");
console.log("abandoned:", (await abandoned.next()).value, (await abandoned.next()).value);

// 2. Take two values, then close it yourself: return() resumes it at the yield
//    as if with a `return` statement, so finally runs.
const closed = withCleanup("closed");
console.log("closed:", (await closed.next()).value, (await closed.next()).value);
console.log("return() gave", await closed.return(undefined));

// 3. Or let for await do it: break calls return() for you.
for await (const n of withCleanup("loop")) {
  if (n === 2) break;
}

console.log("end of program: 'abandoned' never printed its finally");
