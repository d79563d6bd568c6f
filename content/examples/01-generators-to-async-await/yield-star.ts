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

// Strings, Sets and Maps are iterables too.
function* letters() {
  yield* "ab";
  yield* new Set(["c", "d"]);
}
console.log([...letters()]);

// yield* is an expression. Its value is the delegate's RETURN value,
// and an array iterator returns undefined (Python: `yield from [1, 2]` is None).
function* g() {
  const r = yield* [1, 2];
  yield `value of yield* is ${r}`;
}
console.log([...g()]);
