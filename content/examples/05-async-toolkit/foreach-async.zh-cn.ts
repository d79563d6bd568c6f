// ❌ forEach 不理会回调的返回值，所以 async 回调返回的 Promise 被丢掉了：
// 一个元素都还没处理，循环就“结束”了。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const t0 = performance.now();
const processed: number[] = [];

[1, 2, 3].forEach(async (id) => {
  await sleep(200 - id * 50); // 150、100、50 ms
  processed.push(id);
  console.log(`  已处理 ${id}（${Math.round(performance.now() - t0)} ms）`);
});

console.log(`forEach 之后: 已处理 ${processed.length} 个（${Math.round(performance.now() - t0)} ms）`);
