// Three tasks that each wait 300 ms, awaited one after another.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function task(name: string): Promise<string> {
  console.log(`${name} starts`);
  await sleep(300);
  console.log(`${name} done`);
  return name;
}

console.time('sequential');
for (const name of ['A', 'B', 'C']) {
  await task(name); // the next task starts only when this one has finished
}
console.timeEnd('sequential');
