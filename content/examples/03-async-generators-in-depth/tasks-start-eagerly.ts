const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function task1(): Promise<string> {
  console.log("  task 1 starts");
  await sleep(200);
  console.log("  task 1 done");
  return "one";
}

async function task2(): Promise<string> {
  console.log("  task 2 starts");
  await sleep(100);
  console.log("  task 2 done");
  return "two";
}

console.log("--- await one, then the other ---");
console.time("one after another");
await task1();
await task2();
console.timeEnd("one after another");

console.log("--- Promise.all (asyncio.gather) ---");
console.time("Promise.all");
console.log("  results:", await Promise.all([task1(), task2()]));
console.timeEnd("Promise.all");

console.log("--- start now, await later (asyncio.create_task) ---");
console.time("start, then await");
const first = task1(); // the call itself starts the work: "task 1 starts" prints right here
const second = task2();
console.log("  both started; nothing awaited yet");
console.log("  awaited:", await first, await second);
console.timeEnd("start, then await");
