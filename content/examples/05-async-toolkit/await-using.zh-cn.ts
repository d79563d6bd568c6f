// `await using` 是最接近 `async with` 的写法，但它只有“退出”这一半。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 没有“进入”钩子：准备工作就是 `await using` 右边那个普通的调用。
async function connect(name: string, closeFails = false): Promise<AsyncDisposable> {
  await sleep(10);
  console.log(`  打开 ${name}`);
  return {
    // 调用时不带任何参数：它无从得知代码块是否失败了。
    async [Symbol.asyncDispose]() {
      await sleep(10);
      console.log(`  关闭 ${name}`);
      if (closeFails) throw new Error(`关闭 ${name} 失败`);
    },
  };
}

console.log("--- 代码块正常结束 ---");
{
  await using a = await connect("a");
  await using b = await connect("b");
  console.log("  使用 a 和 b 干活");
} // 按相反的顺序关闭：先 b，后 a

console.log("--- 代码块抛出异常 ---");
try {
  await using c = await connect("c");
  throw new Error("代码块失败了");
} catch (err) {
  // __aexit__ 可以返回 True 把错误吞掉；dispose 没有这个能力。
  console.log(`捕获: ${(err as Error).message}`);
}

console.log("--- 代码块抛出异常，关闭时也失败了 ---");
try {
  await using d = await connect("d", true);
  throw new Error("代码块失败了");
} catch (err) {
  const e = err as SuppressedError;
  console.log(`捕获到 ${e.name}: error = “${(e.error as Error).message}”，suppressed = “${(e.suppressed as Error).message}”`);
}
