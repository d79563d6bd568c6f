// 生成器函数：调用它时什么都不运行，只返回一个处于暂停状态的生成器。
function* simpleGenerator(): Generator<number, void, undefined> {
  console.log('  （函数体开始）');
  yield 1;
  console.log('  （在 1 之后恢复）');
  yield 2;
  console.log('  （在 2 之后恢复）');
  yield 3;
  console.log('  （函数体结束）');
}

// 1. 日常的用法：for...of 不断索取值，直到生成器结束。
for (const value of simpleGenerator()) {
  console.log(value);
}

// 2. 同样的事手动来做：这就是 for...of 所用的迭代器协议。
console.log('--- 手动调用 ---');
const gen = simpleGenerator();
console.log('已创建，还什么都没运行');
console.log(gen.next()); // 运行到第一个 yield
console.log(gen.next());
console.log(gen.next());
console.log(gen.next()); // 运行到末尾：done 为 true
console.log(gen.next()); // 结束了的生成器一直保持结束
