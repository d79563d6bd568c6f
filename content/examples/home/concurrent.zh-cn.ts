// 还是那三个任务，这次同时启动，再作为一组等待。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function task(name: string): Promise<string> {
  console.log(`${name} 开始`);
  await sleep(300);
  console.log(`${name} 完成`);
  return name;
}

console.time('并发');
const results = await Promise.all(['A', 'B', 'C'].map(task)); // 三段等待相互重叠
console.timeEnd('并发');
console.log(results);
