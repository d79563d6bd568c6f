// 运行一个产出 Promise 的生成器，就像 async/await 运行异步函数那样：
// 用每个 Promise 的值恢复它，在它的 yield 处抛入拒绝的原因，
// 并以它的返回值（或抛出的错误）结束。
export function drive<T>(gen: Generator<unknown, T, unknown>): Promise<T> {
  // 这里只启动了生成器：让它在每次 yield 之后继续运行。
  const first = gen.next();
  return Promise.resolve(first.value as T);
}

// 试一试：点“运行”打印被驱动的生成器做了什么。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const answer = await drive((function* () {
  const a = (yield sleep(50).then(() => 20)) as number;
  console.log('得到', a);
  const b = (yield a + 1) as number;
  console.log('得到', b);
  return a + b + 1;
})());
console.log('答案', answer);
