const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Each task is an async generator: three steps, each waiting 100 ms (think: a request).
async function* task(id: number): AsyncGenerator<string, void, undefined> {
  for (let step = 0; step < 3; step++) {
    await sleep(100);
    yield `task ${id}: step ${step}`;
  }
}

async function consume(id: number): Promise<void> {
  for await (const line of task(id)) console.log(line);
}

console.time("total");
// One after another: task 2 does not start until task 1 has finished.
for (const id of [1, 2, 3]) {
  await consume(id);
}
console.timeEnd("total");
