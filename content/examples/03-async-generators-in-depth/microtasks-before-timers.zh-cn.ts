const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 1. 事件循环一轮之内的顺序。
console.log("A. 脚本运行（它就是当前的任务）");
setTimeout(() => console.log("F. 一个 0 ms 的定时器：下一个任务"), 0);
Promise.resolve().then(() => console.log("C. 微任务：一个 .then() 回调"));
queueMicrotask(() => console.log("D. 微任务：queueMicrotask()"));
(async () => {
  await null; // 哪怕 await 的不是 Promise，也要挂起到一个微任务里
  console.log("E. 微任务：await 之后的代码");
})();
console.log("B. 脚本结束；现在所有微任务依次执行，然后才轮到定时器");

await sleep(10); // 先让 F 打印出来，再进入第 2 部分

// 2. 由微任务排进队列的微任务，依然先于任何定时器执行。
let timerRan = false;
setTimeout(() => (timerRan = true), 0);
for (let i = 0; i < 10_000; i++) {
  await i; // 每次 await 都在一个微任务里恢复：0 ms 的定时器插不进来
}
console.log(`await 了 10,000 次之后，0 ms 的定时器执行了吗？${timerRan}`);

await sleep(0); // 真正等一次定时器：任务队列终于轮到了
console.log(`await sleep(0) 之后，它执行了吗？${timerRan}`);
