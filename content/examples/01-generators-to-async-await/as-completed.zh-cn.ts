const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function fetchPage(name: string, ms: number): Promise<string> {
  await sleep(ms);
  return name;
}

// asyncio.as_completed 在 JavaScript 里没有现成的对应物，但用异步生成器就能做一个：
// 每个输入对应一个 withResolvers() 槽位，按输入敲定的先后依次填入。
function asCompleted<T>(promises: Promise<T>[]): AsyncGenerator<T, void, undefined> {
  const slots = promises.map(() => Promise.withResolvers<T>());
  let filled = 0;
  // 立刻订阅。若放进生成器的函数体，就要等到第一次 next() 才订阅，
  // 在那之前失败的输入就成了未处理的拒绝。
  for (const p of promises) {
    p.then(
      (value) => slots[filled++].resolve(value),
      (error) => slots[filled++].reject(error),
    );
  }
  // 第一个失败就会结束循环；其余的没人再 await，先把它们标记为已处理。
  // 代价是：如果这个生成器从来没人遍历，所有失败都会悄无声息地消失。
  for (const slot of slots) slot.promise.catch(() => {});
  return (async function* () {
    console.log("  asCompleted: 第一次 next()，等待第一个结果");
    for (const slot of slots) yield slot.promise; // yield 会先 await 这个 Promise：循环拿到的是它的值，失败则在这里抛出
  })();
}

const t0 = performance.now();
const pages = [fetchPage("慢页面", 300), fetchPage("快页面", 100), fetchPage("中速页面", 200)];

// 生成器对象已经有了，但函数体还没运行：由 `for await` 启动它。
const results = asCompleted(pages);
console.log("生成器已创建，函数体尚未开始");
for await (const page of results) {
  console.log(`${Math.round(performance.now() - t0)} ms: ${page}`);
}
