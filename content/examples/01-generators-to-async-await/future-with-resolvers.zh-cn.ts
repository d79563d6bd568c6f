// asyncio.Future 变成 Promise.withResolvers()：一个 Promise，外加让它敲定的两个函数。
const { promise, resolve } = Promise.withResolvers<number>();

// 稍后由别人来敲定它（Python：fut.set_result(42)）。
setTimeout(() => resolve(42), 100);

// 没有 fut.done()：Promise 的状态无法同步读取，
// 真要知道，就自己记一个标志。
let settled = false;
promise.then(() => (settled = true));
console.log("已经敲定了吗？", settled);

console.log("拿到", await promise);
console.log("已经敲定了吗？", settled);

// 再次敲定会被悄悄忽略（Python 会抛出 InvalidStateError）。
resolve(43);
console.log("仍然是", await promise);

// reject() 就是 set_exception()：await 这个 Promise 会抛出异常。
const failing = Promise.withResolvers<number>();
setTimeout(() => failing.reject(new Error("没有答案")), 50);
try {
  await failing.promise;
} catch (err) {
  console.log("捕获:", (err as Error).message);
}
