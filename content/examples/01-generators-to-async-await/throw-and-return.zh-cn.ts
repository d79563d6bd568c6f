// Python 的 g.throw(exc) 和 g.close()，在 TypeScript 里是 g.throw(err) 和 g.return(value)。
function* worker(): Generator<string, string, unknown> {
  try {
    while (true) {
      try {
        yield "工作中";
      } catch (err) {
        // throw() 在暂停的 yield 处抛出错误，所以生成器能捕获它。
        console.log("  内部捕获:", (err as Error).message);
        yield "已恢复";
      }
    }
  } finally {
    // return() 就像在暂停的 yield 处执行了一条 `return` 语句：finally 块会运行。
    console.log("  finally: 清理");
  }
}

const g = worker();
console.log(g.next());
console.log(g.throw(new Error("输入有误")));
console.log(g.next());
console.log(g.return("提前停止")); // 相当于 Python 的 close()，但可以带一个值
console.log(g.next());

// 生成器没有捕获的错误会从 throw() 里抛出来，生成器随之结束。
function* fragile() {
  yield 1;
  yield 2;
}
const h = fragile();
h.next();
try {
  h.throw(new Error("砰"));
} catch (err) {
  console.log("外部捕获:", (err as Error).message);
}
console.log(h.next());
