const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function* risky(): AsyncGenerator<string, void, undefined> {
  yield "第一个";
  await sleep(100);
  yield "第二个";
  throw new RangeError("出了点问题");
}

const gen = risky();
try {
  for await (const value of gen) {
    console.log(`值: ${value}`);
  }
  console.log("不会打印");
} catch (err) {
  // 生成器内部抛出的错误会从消费者的 next() 里出来，
  // 所以包在 `for await` 外面的 try/catch 能捕获它。
  console.log(`捕获到 ${(err as Error).name}: ${(err as Error).message}`);
}

// 抛出过异常的生成器已经结束了：它不会再产出任何值。
console.log("出错之后:", await gen.next());
