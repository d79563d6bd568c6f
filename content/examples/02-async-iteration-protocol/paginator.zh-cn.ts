const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 一次请求返回一页，每页三条记录。
async function fetchPage(page: number): Promise<string[]> {
  console.log(`  正在获取第 ${page} 页`);
  await sleep(100);
  return [0, 1, 2].map((i) => `数据 ${page * 10 + i}`);
}

// 进来的是页，出去的是记录：消费者根本看不到分页的边界。
async function* paginate(maxPages: number): AsyncGenerator<string, void, undefined> {
  for (let page = 0; page < maxPages; page++) {
    yield* await fetchPage(page); // 把这一页的记录逐条产出
  }
}

for await (const record of paginate(2)) {
  console.log(`拿到: ${record}`);
}

console.log("--- 最多 10 页，但我们拿到 4 条记录就停下 ---");
let seen = 0;
for await (const record of paginate(10)) {
  console.log(`拿到: ${record}`);
  if (++seen === 4) break;
}
console.log("只获取了第 0 页和第 1 页");
