const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let t0 = performance.now();
const at = () => `${Math.round(performance.now() - t0)} ms`;

// 1. 异步生成器会把重叠的 next() 调用排成队，按顺序一个一个地应答。
//    （Python 会抛出 RuntimeError：`already running`。）
async function* pages(): AsyncGenerator<string, void, undefined> {
  for (let p = 0; ; p++) {
    await sleep(100);
    yield `第 ${p} 页`;
  }
}

const gen = pages();
const requests = [gen.next(), gen.next(), gen.next()]; // 中间没有 await
for (const request of requests) {
  request.then((r) => console.log(`生成器: ${r.value}，于 ${at()}`));
}
await Promise.all(requests);

// 2. return() 也排在同一个队列里：它无法打断一个尚未完成的步骤。
t0 = performance.now();
const slow = pages();
const pending = slow.next(); // 生成器此刻正处在 `await sleep(100)` 之中
const closing = slow.return(undefined); // 要等那一步完成之后才轮到它
console.log("调用 return() 的时刻:", at());
await closing;
console.log("return() 敲定的时刻:", at(), "| 未完成的那一步仍然给出了", (await pending).value);

// 3. 手写的 next() 没有队列：这些调用干脆同时运行。
t0 = performance.now();
let page = 0;
const byHand: AsyncIterator<string> = {
  async next() {
    await sleep(100);
    return { value: `第 ${page++} 页`, done: false };
  },
};
const overlapping = [byHand.next(), byHand.next(), byHand.next()];
for (const request of overlapping) {
  request.then((r) => console.log(`手写的: ${r.value}，于 ${at()}`));
}
await Promise.all(overlapping);
