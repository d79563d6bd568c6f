// yield* is Python's `yield from`: it yields every value of any iterable.
function* countdown(from: number, to: number) {
  for (let i = from; i > to; i--) yield i; // like range(from, to, -1)
}

function* f() {
  yield* [1, 2, 3, 4];   // an array
  yield 5;
  yield* countdown(4, 0); // another generator
}
console.log([...f()].join(", "));

// Strings, Sets and Maps are iterables too. A Map yields [key, value] pairs
// (a Python dict yields only its keys).
function* letters() {
  yield* "ab";
  yield* new Set(["c", "d"]);
  yield* new Map([["e", 5]]);
}
console.log([...letters()]);

// yield* is an expression. Its value is the delegate's RETURN value,
// and an array iterator returns undefined (Python: `yield from [1, 2]` is None).
function* g() {
  const r = yield* [1, 2];
  yield `value of yield* is ${r}`;
}
console.log([...g()]);

// yield* forwards next(v), throw() and return() to the delegate, as yield from forwards
// send(), throw() and close(): return() reaches the inner generator first.
function* inner() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log("inner finally");
  }
}
function* outer() {
  try {
    yield* inner();
  } finally {
    console.log("outer finally");
  }
}
const o = outer();
o.next(); // now paused inside inner(), at `yield 1`
console.log(o.return(undefined));
