// 三个任务，每个等待 300 ms，一个接一个地 await。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function task(name: string): Promise<string> {
  console.log(`${name} 开始`);
  await sleep(300);
  console.log(`${name} 完成`);
  return name;
}

console.time('顺序');
for (const name of ['A', 'B', 'C']) {
  await task(name); // 这个任务结束之后，下一个才会开始
}
console.timeEnd('顺序');
