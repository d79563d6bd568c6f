// asyncio.Future 变成 Promise.withResolvers()：一个 Promise，外加让它敲定的两个函数。
// Promise 没有 done()，所以这个辅助函数自己记一个标志，而且就在敲定 Promise 的地方设置，
// 成功和失败两条路都设。（在 promise.then() 里设置的标志会晚一个微任务，遇到拒绝时一直是
// false，而且 then() 返回的那个 Promise 会在无人处理的情况下被拒绝：Node 随即退出。）
function future<T>() {
  const { promise, resolve, reject } = Promise.withResolvers<T>();
  let done = false;
  return {
    promise,
    done: () => done,
    setResult(value: T) {
      done = true;
      resolve(value);
    },
    setException(error: Error) {
      done = true;
      reject(error);
    },
  };
}

// 稍后由别人来敲定它（Python：fut.set_result(42)）。
const fut = future<number>();
setTimeout(() => fut.setResult(42), 100);
console.log("完成了吗？", fut.done());
console.log("拿到", await fut.promise, "| 完成了吗？", fut.done());

// 再次敲定会被悄悄忽略（Python 会抛出 InvalidStateError）。
fut.setResult(43);
console.log("仍然是", await fut.promise);

// setException() 让 Promise 被拒绝：await 它会抛出异常。
const failing = future<number>();
setTimeout(() => failing.setException(new Error("没有答案")), 50);
try {
  await failing.promise;
} catch (err) {
  console.log("捕获:", (err as Error).message, "| 完成了吗？", failing.done());
}
