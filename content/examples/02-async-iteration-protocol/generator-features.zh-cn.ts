const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// AsyncGenerator<T, TReturn, TNext>：产出字符串，返回数字，next() 不接收参数。
async function* steps(): AsyncGenerator<string, number, undefined> {
  console.log("  [steps] 函数体开始");
  await sleep(50);
  yield "第一步";
  await sleep(50);
  yield "第二步";
  return 2; // 变成 { value: 2, done: true }
}

const gen = steps();
console.log("已调用 steps()：函数体还没有运行");
await sleep(100);
console.log("100 ms 过去了，仍然什么都没发生；现在第一次调用 next()");
console.log(await gen.next());
console.log(await gen.next());
console.log(await gen.next()); // 返回值随 done: true 一起到达
console.log(await gen.next()); // 彻底结束了

console.log("用 for await...of 遍历一个新的生成器:");
for await (const step of steps()) {
  console.log(`  循环体拿到 ${step}`);
}
console.log("返回值 2 始终没有到达循环体");
