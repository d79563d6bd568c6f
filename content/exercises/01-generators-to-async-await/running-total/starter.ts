// Yields the total so far: first `start`, then the total after each next(n).
// next() without a value keeps the total; gen.throw(new Error('reset'))
// puts it back to `start`.
export function* runningTotal(start = 0): Generator<number, void, number | undefined> {
  let total = start;
  // Write the loop here: yield the total, add what next(n) sends in,
  // and catch the reset.
}

// Try it: Run prints what each call returns.
const totals = runningTotal(10);
console.log(totals.next());
console.log(totals.next(5));
console.log(totals.next());
console.log(totals.next(2));
