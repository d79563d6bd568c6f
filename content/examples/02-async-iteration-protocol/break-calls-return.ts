const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function* openConnection(name: string): AsyncGenerator<number, void, undefined> {
  console.log(`  [${name}] connection opened`);
  try {
    for (let i = 1; ; i++) {
      await sleep(50);
      yield i;
    }
  } finally {
    await sleep(50); // asynchronous cleanup, e.g. telling the server goodbye
    console.log(`  [${name}] finally: connection closed`);
  }
}

// break: for await calls the generator's return() and awaits it,
// so the finally block (await included) has finished before the next statement.
for await (const n of openConnection("A")) {
  console.log(`got ${n}`);
  if (n === 3) break;
}
console.log("after the loop: A is already closed");

// The same happens when the loop body throws: cleanup first, then your catch.
try {
  for await (const n of openConnection("B")) {
    if (n === 2) throw new Error("consumer failed");
  }
} catch (err) {
  console.log(`caught "${(err as Error).message}": B is already closed`);
}
