const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 在 async/await 出现之前，各种库靠驱动“产出 Promise 的生成器”来写异步代码。
// run() 用每个 Promise 的结果去恢复生成器：`await` 做的也不过如此。
function run<T>(gen: Generator<Promise<unknown>, T, unknown>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    function step(resume: () => IteratorResult<Promise<unknown>, T>): void {
      let result: IteratorResult<Promise<unknown>, T>;
      try {
        result = resume();
      } catch (err) {
        reject(err); // 生成器抛出了异常：这个“协程”失败
        return;
      }
      if (result.done) {
        resolve(result.value); // 生成器返回了：这个“协程”完成
        return;
      }
      result.value.then(
        (value) => step(() => gen.next(value)), // 把结果送进去，就像 Python 的 send()
        (error) => step(() => gen.throw(error)), // 或者在 yield 处抛出这个错误
      );
    }
    step(() => gen.next());
  });
}

function* greet(name: string, ms: number): Generator<Promise<unknown>, string, unknown> {
  console.log(`${name}: 开始`);
  yield sleep(ms); // 扮演 `await sleep(ms)` 的角色
  console.log(`${name}: ${ms} ms 后醒来`);
  const size = (yield Promise.resolve(name.length)) as number; // 所有 yield 共用一个 TNext 类型
  return `${name} 有 ${size} 个字母`;
}

// 同一个函数用 async/await 来写：驱动者换成了引擎。
async function greetAsync(name: string, ms: number): Promise<string> {
  console.log(`${name}: 开始`);
  await sleep(ms);
  console.log(`${name}: ${ms} ms 后醒来`);
  const size = await Promise.resolve(name.length); // 类型就是 number，不用断言
  return `${name} 有 ${size} 个字母`;
}

// 一个“协程”等待时，另一个在运行：两段等待相互重叠。
console.log(await Promise.all([run(greet("alpha", 200)), run(greet("beta", 100))]));
console.log(await Promise.all([greetAsync("gamma", 200), greetAsync("delta", 100)]));
