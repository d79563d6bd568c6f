// 产出当前的总和：先是 `start`，之后每次 next(n) 加上 n 再产出。
// 不带值的 next() 不改变总和；gen.throw(new Error('reset'))
// 把它恢复为 `start`。
export function* runningTotal(start = 0): Generator<number, void, number | undefined> {
  let total = start;
  // 在这里写循环：产出总和，加上 next(n) 送进来的值，
  // 并捕获重置。
}

// 试一试：点“运行”打印每次调用的返回值。
const totals = runningTotal(10);
console.log(totals.next());
console.log(totals.next(5));
console.log(totals.next());
console.log(totals.next(2));
