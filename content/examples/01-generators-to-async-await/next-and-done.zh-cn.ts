// 生成器函数：调用它时什么都不运行，只返回一个生成器对象。
function* f() {
  console.log("  （函数体开始）");
  yield 1;
  console.log("  （在第一个 yield 之后恢复）");
  yield 2;
  console.log("  （运行到末尾）");
}

const g = f();
console.log("调用了 f()，得到:", Object.prototype.toString.call(g));

console.log(g.next()); // 运行到第一个 yield
console.log(g.next()); // 恢复运行，直到第二个 yield
console.log(g.next()); // 结束：不抛异常，只是 done: true
console.log(g.next()); // 再问一次也无妨

// for...of 和展开运算符会替你调用 next()，遇到 done: true 就停。
for (const x of f()) console.log("for...of 拿到", x);
console.log("展开:", [...f()]);
