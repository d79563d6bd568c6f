// 生成器里的 `return 2` 变成最后的结果 { value: 2, done: true }。
function* f() {
  yield 1;
  return 2;
}

const g = f();
console.log(g.next());
console.log(g.next()); // 返回值搭着 done: true 的结果一起出来
console.log(g.next()); // 之后：value 是 undefined（Python：不带参数的 StopIteration）

// for...of 和展开运算符会把返回值扔掉。
console.log("展开:", [...f()]);

// yield* 把被委托者的返回值交还给委托它的生成器。
function* f2() {
  const a = yield* f(); // 产出 1，然后 a = 2
  yield a;
}
console.log("展开 f2:", [...f2()]);
