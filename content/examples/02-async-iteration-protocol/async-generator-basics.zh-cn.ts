const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// `async function*`：同一个函数体里既能 await 也能 yield。（它没有箭头函数的写法。）
async function* countUp(limit: number): AsyncGenerator<number, void, undefined> {
  for (let i = 0; i < limit; i++) {
    await sleep(100); // 每产出一个值之前，先做一些异步工作
    yield i;
  }
}

for await (const value of countUp(5)) {
  console.log(`值: ${value}`);
}

// 生成器对象本身就遵循这套协议：它就是自己的异步迭代器。
const gen = countUp(1);
console.log("gen[Symbol.asyncIterator]() === gen:", gen[Symbol.asyncIterator]() === gen);
console.log("typeof gen.next:", typeof gen.next);
