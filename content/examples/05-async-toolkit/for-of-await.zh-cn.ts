// ✅ 两种正确的写法：for...of 里 await（一次一个，按顺序），或者
// 对 map 的结果用 Promise.all（全部同时进行；结果仍按输入顺序排列）。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let t0 = performance.now();
const since = () => `${Math.round(performance.now() - t0)} ms`;

async function processItem(id: number): Promise<number> {
  await sleep(200 - id * 50); // 150、100、50 ms
  console.log(`  已处理 ${id}（${since()}）`);
  return id;
}

for (const id of [1, 2, 3]) {
  await processItem(id);
}
console.log(`for...of 之后: 全部处理完毕（${since()}）`);

t0 = performance.now();
const ids = await Promise.all([1, 2, 3].map((id) => processItem(id)));
console.log(`Promise.all 之后: [${ids.join(", ")}]（${since()}）`);
