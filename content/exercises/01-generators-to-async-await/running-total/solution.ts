// Yields the total so far: first `start`, then the total after each next(n).
// next() without a value keeps the total; gen.throw(new Error('reset'))
// puts it back to `start`.
export function* runningTotal(start = 0): Generator<number, void, number | undefined> {
  let total = start;
  while (true) {
    try {
      // What next(n) sends in is the value of this yield expression.
      const n = yield total;
      if (n !== undefined) total += n;
    } catch (err) {
      // gen.throw(err) throws err right here, at the paused yield.
      if (!(err instanceof Error) || err.message !== 'reset') throw err;
      total = start;
    }
  }
}

// Try it: Run prints what each call returns.
const totals = runningTotal(10);
console.log(totals.next());
console.log(totals.next(5));
console.log(totals.next());
console.log(totals.next(2));
