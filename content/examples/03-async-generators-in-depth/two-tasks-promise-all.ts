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
// Promise.all (asyncio.gather): both run at once, and the results come back in input order.
console.log("results:", await Promise.all([task1(), task2()]));
console.timeEnd("total");
