const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// JavaScript 里对应 Python time.sleep() 的写法：它让线程一直忙着，所以在它返回之前，
// 没有定时器、没有点击处理函数、也没有任何别的代码能运行。
function blockFor(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // 空转
  }
}

// 心跳：只要线程空闲，这个定时器就应该每 20 ms 跳一次。
let ticks = 0;
const heartbeat = setInterval(() => ticks++, 20);

// 先把五项全部取回来（5 x 50 ms）……
function fetchData(): string[] {
  const data: string[] = [];
  for (let i = 0; i < 5; i++) {
    blockFor(50);
    data.push(`第 ${i} 项`);
  }
  return data;
}

// ……再把五项全部处理完（5 x 25 ms）。
function processData(data: string[], t0: number): void {
  for (const item of data) {
    blockFor(25);
    console.log(`[${Math.round(performance.now() - t0)} ms] 处理完${item}`);
  }
}

console.time("总计");
const t0 = performance.now();
processData(fetchData(), t0);
console.timeEnd("总计");
// 先让定时器轮到一次再计数：要是马上读取，不管发生了什么，读到的都是 0。
// 错过的心跳会被丢掉，而不是排队补上，所以它现在只会跳一两次。
await sleep(0);
clearInterval(heartbeat);
console.log(`心跳: ${ticks < 3 ? "不到 3 次，而空闲的线程会跳 19 次左右（线程被冻住了）" : `${ticks} 次`}`);
