const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function* openConnection(name: string): AsyncGenerator<number, void, undefined> {
  console.log(`  [${name}] 连接已打开`);
  try {
    for (let i = 1; ; i++) {
      await sleep(50);
      yield i;
    }
  } finally {
    await sleep(50); // 异步清理，比如通知服务器“再见”
    console.log(`  [${name}] finally: 连接已关闭`);
  }
}

// break：`for await` 会调用生成器的 return() 并等待它完成，
// 所以在下一条语句执行之前，finally 块（连同其中的 await）已经执行完毕。
for await (const n of openConnection("A")) {
  console.log(`拿到 ${n}`);
  if (n === 3) break;
}
console.log("循环之后：A 已经关闭了");

// 循环体抛出异常时也一样：先清理，再进入你的 catch。
try {
  for await (const n of openConnection("B")) {
    if (n === 2) throw new Error("消费者出错了");
  }
} catch (err) {
  console.log(`捕获到“${(err as Error).message}”：B 已经关闭了`);
}
