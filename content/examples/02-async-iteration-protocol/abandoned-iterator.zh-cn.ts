const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function* withCleanup(name: string): AsyncGenerator<number, void, undefined> {
  try {
    for (let i = 1; i <= 5; i++) {
      await sleep(20);
      yield i;
    }
  } finally {
    console.log(`  [${name}] finally 执行了`);
  }
}

// 1. 手动取两个值，然后一走了之。没有人调用 return()：
//    生成器一直停在它的 yield 处，finally 永远不会执行。
const abandoned = withCleanup("被丢下的");
console.log("被丢下的:", (await abandoned.next()).value, (await abandoned.next()).value);

// 2. 取两个值，然后自己关闭它：return() 让它从 yield 处恢复，
//    就像执行了一条 `return` 语句，于是 finally 会执行。
const closed = withCleanup("已关闭的");
console.log("已关闭的:", (await closed.next()).value, (await closed.next()).value);
console.log("return() 返回", await closed.return(undefined));

// 3. 或者交给 `for await`：break 会替你调用 return()。
for await (const n of withCleanup("循环")) {
  if (n === 2) break;
}

console.log("程序结束：“被丢下的”那个始终没有打印它的 finally");
