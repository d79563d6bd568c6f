// `yield` is an expression: its value is whatever the NEXT call to next(v) passes in.
function* func(): Generator<unknown, void, number | undefined> {
  const r = yield 1;
  console.log("  inside: r =", r);
  yield r;
}

// Plain next(): the paused yield evaluates to undefined (Python: None).
const g = func();
console.log(g.next());
console.log(g.next());

// next(419) is Python's send(419): 419 becomes the value of the paused yield.
const g2 = func();
console.log(g2.next()); // run to the first yield
console.log(g2.next(419));

// The argument of the FIRST next() is dropped: no yield is paused yet to receive it.
// (Python refuses: "can't send non-None value to a just-started generator".)
const g3 = func();
console.log(g3.next(7)); // 7 goes nowhere
console.log(g3.next(8));
