const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 生成器：值在被索取时才计算，一次一个。
function* syncNumbers(): Generator<number, void, undefined> {
  for (let i = 0; i < 3; i++) yield i;
}

// 异步生成器：形状相同，但两个值之间可以 await。
async function* asyncNumbers(): AsyncGenerator<number, void, undefined> {
  for (let i = 0; i < 3; i++) {
    await sleep(100); // 代替 I/O；等待期间，别的代码可以运行
    yield i;
  }
}

// 两种不同的对象。
console.log(Object.prototype.toString.call(syncNumbers())); // Python：`<class 'generator'>`
console.log(Object.prototype.toString.call(asyncNumbers())); // Python：`<class 'async_generator'>`

// 生成器的 next() 直接返回结果本身……
console.log("生成器的 next():", syncNumbers().next());
// ……异步生成器的 next() 返回的是这个结果的 Promise。
const pending = asyncNumbers().next();
console.log("异步生成器的 next() 返回 Promise:", pending instanceof Promise);
console.log("它兑现为:", await pending);

// 消费它们：前者用 for...of，后者用 for await...of。
for (const n of syncNumbers()) console.log(`for...of 拿到 ${n}`);

const t0 = performance.now();
for await (const n of asyncNumbers()) {
  console.log(`for await...of 拿到 ${n}，此时 ${Math.round(performance.now() - t0)} ms`);
}
