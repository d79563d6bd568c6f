const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 心跳：只要线程空闲，这个定时器就应该每 20 ms 跳一次。
let ticks = 0;
const heartbeat = setInterval(() => ticks++, 20);

// 同样的五次获取，写成异步生成器：每一项一到就产出。
async function* fetchData(): AsyncGenerator<string, void, undefined> {
  for (let i = 0; i < 5; i++) {
    await sleep(50);
    yield `第 ${i} 项`;
  }
}

// `for await` 拉取一项，处理它（25 ms），然后再要下一项。
async function processData(t0: number): Promise<void> {
  for await (const item of fetchData()) {
    await sleep(25);
    console.log(`[${Math.round(performance.now() - t0)} ms] 处理完${item}`);
  }
}

console.time("总计");
await processData(performance.now());
console.timeEnd("总计");
clearInterval(heartbeat);
// 375 ms 里大约跳 19 次；写成“至少 10 次”，给繁忙的机器留些余地。
console.log(`心跳: ${ticks >= 10 ? "至少 10 次，大约每 20 ms 一次（线程保持空闲）" : `只有 ${ticks} 次`}`);
