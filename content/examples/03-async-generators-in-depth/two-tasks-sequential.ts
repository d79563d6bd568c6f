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
// Await one, then the other: task 2 starts only when task 1 has finished.
const a = await task1();
const b = await task2();
console.log("results:", a, b);
console.timeEnd("total");
