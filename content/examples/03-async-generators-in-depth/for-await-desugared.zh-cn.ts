const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function* letters(): AsyncGenerator<string, string, undefined> {
  try {
    yield "a";
    await sleep(50);
    yield "b";
    await sleep(50);
    yield "c";
    return "返回值";
  } finally {
    console.log("  （letters：finally 执行）");
  }
}

console.log("--- for await...of ---");
for await (const letter of letters()) console.log(letter);

console.log("--- 同一个循环，手写版 ---");
const iterator = letters()[Symbol.asyncIterator](); // Python：__aiter__()
while (true) {
  const result = await iterator.next(); // Python：`await __anext__()`
  if (result.done) {
    // Python 抛出 StopAsyncIteration；这里是 done 为 true。`for await` 会忽略这个值。
    console.log(`done: true, value: ${JSON.stringify(result.value)}`);
    break;
  }
  console.log(result.value);
}

console.log("--- break 会调用 return() ---");
for await (const letter of letters()) {
  console.log(letter);
  if (letter === "b") break; // `for await` 在这里调用 iterator.return() 并等待它
}
console.log("循环之后：上面的 finally 已经执行过了");

console.log("--- break，手写版 ---");
const manual = letters()[Symbol.asyncIterator]();
while (true) {
  const { value, done } = await manual.next(); // 如果它拒绝了，循环就此结束
  if (done) break; // 正常结束：没什么需要清理的
  console.log(value);
  if (value === "b") {
    // 提前退出：这正是 `for await` 替你做的事。
    console.log("return() 返回", await manual.return("提前停止"));
    break;
  }
}
console.log("手写循环之后");

console.log("--- next() 拒绝时，不会调用 return() ---");
// 一个手写的数据源，第二次 next() 会失败。
const flaky: AsyncIterable<string> = {
  [Symbol.asyncIterator]() {
    let calls = 0;
    return {
      async next() {
        if (++calls === 2) throw new Error("数据源出错了");
        return { value: "x", done: false };
      },
      async return() {
        console.log("  （flaky：调用了 return()）");
        return { value: undefined, done: true };
      },
    };
  },
};
try {
  for await (const item of flaky) console.log(item);
} catch (err) {
  console.log(`捕获: ${(err as Error).message}，而 return() 始终没有执行`);
}
