// Python 的 asend(v)、athrow(e) 和 aclose()，就是 next(v)、throw(e) 和 return(v)。
async function* tally(): AsyncGenerator<number, string, number> {
  let total = 0;
  try {
    while (true) {
      try {
        total += yield total; // next(n) 把 n 送到这里
      } catch (err) {
        console.log("tally 捕获:", (err as Error).message); // throw(e) 落在这里
      }
    }
  } finally {
    console.log("tally: 清理");
  }
}

const t = tally();
console.log(await t.next()); // 运行到第一个 yield；此时传入的值会被丢掉
console.log(await t.next(5));
console.log(await t.next(10));
console.log(await t.throw(new Error("输入有误"))); // 在内部被捕获，所以生成器继续运行
console.log(await t.return("已停止")); // 执行 finally，然后报告 done
console.log(await t.next(1)); // 彻底结束了
