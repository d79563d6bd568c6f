const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 模拟 I/O：等待“磁盘”或“网络”的时候，CPU 什么也不做。
async function read(name: string): Promise<string> {
  await sleep(150);
  return `${name}: 好了`;
}

// 模拟 CPU 计算：线程全程都在忙。
function crunch(ms: number): number {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // 忙碌中：这个线程上什么别的都运行不了
  }
  return ms;
}

console.time("I/O，逐个进行");
for (const name of ["a", "b", "c"]) await read(name);
console.timeEnd("I/O，逐个进行");

console.time("I/O，等待重叠");
console.log(await Promise.all(["a", "b", "c"].map((name) => read(name))));
console.timeEnd("I/O，等待重叠");

console.time("CPU，逐个进行");
for (let i = 0; i < 3; i++) crunch(60);
console.timeEnd("CPU，逐个进行");

console.time("CPU，“重叠”");
await Promise.all([1, 2, 3].map(async () => crunch(60)));
console.timeEnd("CPU，“重叠”");
