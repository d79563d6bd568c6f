// 产出当前的总和：先是 `start`，之后每次 next(n) 加上 n 再产出。
// 不带值的 next() 不改变总和；gen.throw(new Error('reset'))
// 把它恢复为 `start`。
export function* runningTotal(start = 0): Generator<number, void, number | undefined> {
  let total = start;
  while (true) {
    try {
      // next(n) 送进来的值，就是这个 yield 表达式的值。
      const n = yield total;
      if (n !== undefined) total += n;
    } catch (err) {
      // gen.throw(err) 正是在暂停着的 yield 这里抛出 err。
      if (!(err instanceof Error) || err.message !== 'reset') throw err;
      total = start;
    }
  }
}

// 试一试：点“运行”打印每次调用的返回值。
const totals = runningTotal(10);
console.log(totals.next());
console.log(totals.next(5));
console.log(totals.next());
console.log(totals.next(2));
