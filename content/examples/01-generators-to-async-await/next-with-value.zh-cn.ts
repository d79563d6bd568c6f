// `yield` 是表达式：它的值就是“下一次” next(v) 传进来的参数。
function* func(): Generator<unknown, void, number | undefined> {
  const r = yield 1;
  console.log("  内部: r =", r);
  yield r;
}

// 不带参数的 next()：暂停中的 yield 求值为 undefined（Python：None）。
const g = func();
console.log(g.next());
console.log(g.next());

// next(419) 就是 Python 的 send(419)：419 成为暂停中那个 yield 的值。
const g2 = func();
console.log(g2.next()); // 先运行到第一个 yield
console.log(g2.next(419));

// “第一次” next() 的参数会被丢掉：这时还没有暂停中的 yield 来接收它。
// （Python 会直接拒绝：`TypeError: can't send non-None value to a just-started generator`。）
const g3 = func();
console.log(g3.next(7)); // 7 无处可去
console.log(g3.next(8));
