const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function task1(): Promise<string> {
  console.log("task 1 starts");
  await sleep(200);
  console.log("task 1 done");
  return "one";
}

async function task2(): Promise<string> {
  console.log("task 2 starts");
  await sleep(100);
  console.log("task 2 done");
  return "two";
}

console.time("total");
// Start now, await later (asyncio.create_task). The call itself starts the work:
// "task 1 starts" prints right here, before anything is awaited.
const first = task1();
const second = task2();
console.log("both started; nothing awaited yet");
console.log("awaited:", await first, await second);
console.timeEnd("total");
