// yield* 就是 Python 的 `yield from`：把任意可迭代对象的值逐个产出。
function* countdown(from: number, to: number) {
  for (let i = from; i > to; i--) yield i; // 相当于 range(from, to, -1)
}

function* f() {
  yield* [1, 2, 3, 4];   // 一个数组
  yield 5;
  yield* countdown(4, 0); // 另一个生成器
}
console.log([...f()].join(", "));

// 字符串、Set 和 Map 也都是可迭代对象。Map 产出的是 [键, 值] 对
// （遍历 Python 的 dict 只会得到键）。
function* letters() {
  yield* "ab";
  yield* new Set(["c", "d"]);
  yield* new Map([["e", 5]]);
}
console.log([...letters()]);

// yield* 是表达式，它的值是被委托者的“返回值”，
// 而数组迭代器返回的是 undefined（Python：`yield from [1, 2]` 的值是 None）。
function* g() {
  const r = yield* [1, 2];
  yield `yield* 的值是 ${r}`;
}
console.log([...g()]);

// yield* 会把 next(v)、throw() 和 return() 转发给被委托者，就像 `yield from` 转发
// send()、throw() 和 close()：return() 先到达内层生成器。
function* inner() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log("内层 finally");
  }
}
function* outer() {
  try {
    yield* inner();
  } finally {
    console.log("外层 finally");
  }
}
const o = outer();
o.next(); // 此刻停在 inner() 里的 `yield 1` 处
console.log(o.return(undefined));
