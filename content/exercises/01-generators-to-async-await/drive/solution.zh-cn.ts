// 运行一个产出 Promise 的生成器，就像 async/await 运行异步函数那样：
// 用每个 Promise 的值恢复它，在它的 yield 处抛入拒绝的原因，
// 并以它的返回值（或抛出的错误）结束。
export function drive<T>(gen: Generator<unknown, T, unknown>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    // 一步：恢复生成器，再等它产出的东西。
    const step = (resume: () => IteratorResult<unknown, T>) => {
      let result: IteratorResult<unknown, T>;
      try {
        result = resume();
      } catch (err) {
        return reject(err);
      }
      if (result.done) return resolve(result.value);
      // Promise.resolve 也接受普通值，并且总是在之后的微任务里恢复，
      // 绝不在这次调用之内：正是 await 的做法。
      Promise.resolve(result.value).then(
        (value) => step(() => gen.next(value)),
        (error) => step(() => gen.throw(error)),
      );
    };
    step(() => gen.next());
  });
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
