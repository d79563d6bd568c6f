// asyncio.as_completed 在 JavaScript 里没有现成的对应物。这里做一个：一个异步生成器，
// 按输入敲定的先后，产出每个结局，记录的形式和 Promise.allSettled 一样。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function asCompleted<T>(promises: Iterable<Promise<T>>): AsyncGenerator<PromiseSettledResult<T>, void, undefined> {
  const inputs = [...promises];
  const slots = inputs.map(() => Promise.withResolvers<PromiseSettledResult<T>>());
  let filled = 0;
  // 现在就订阅，而且是在普通函数里：生成器的函数体要等到第一次 next() 才运行，
  // 在那之前失败的输入就会成为未处理的拒绝。
  for (const p of inputs) {
    p.then(
      (value) => slots[filled++].resolve({ status: "fulfilled", value }),
      (reason) => slots[filled++].resolve({ status: "rejected", reason }),
    );
  }
  return (async function* () {
    for (const slot of slots) yield await slot.promise;
  })();
}

type User = { id: number; name: string };

async function fetchUser(id: number, ms: number): Promise<User> {
  await sleep(ms);
  if (id === 4) throw new Error(`找不到用户 ${id}`);
  return { id, name: `User_${id}` };
}

const t0 = performance.now();
const since = () => `${Math.round(performance.now() - t0)} ms`;
// 五个现在一起启动；它们分别需要 200、100、250、150 和 50 ms。用户 4 会失败。
const tasks = [200, 100, 250, 150, 50].map((ms, i) => fetchUser(i + 1, ms));
for await (const outcome of asCompleted(tasks)) {
  if (outcome.status === "rejected") {
    console.log(`失败: ${(outcome.reason as Error).message}（${since()}）`); // 循环照常继续
    continue;
  }
  console.log(`完成: ${outcome.value.name}（${since()}）`);
}
console.log("换成对同样这些任务用 Promise.all，它会在 150 ms 时拒绝，一个结果也拿不到。");
