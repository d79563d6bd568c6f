// The same three tasks, started together and awaited as a group.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function task(name: string): Promise<string> {
  console.log(`${name} starts`);
  await sleep(300);
  console.log(`${name} done`);
  return name;
}

console.time('concurrent');
const results = await Promise.all(['A', 'B', 'C'].map(task)); // the waits overlap
console.timeEnd('concurrent');
console.log(results);
