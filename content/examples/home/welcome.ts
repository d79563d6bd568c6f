// A scratchpad for async TypeScript. Edit anything, then press Run (Ctrl+Enter).
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function* countdown(from: number): AsyncGenerator<number, string> {
  for (let n = from; n > 0; n--) {
    await sleep(200);
    yield n;
  }
  return 'liftoff';
}

for await (const n of countdown(3)) {
  console.log(n);
}
console.log(new Map([['status', 'done']]));
