// `return 2` in a generator becomes the final result { value: 2, done: true }.
function* f() {
  yield 1;
  return 2;
}

const g = f();
console.log(g.next());
console.log(g.next()); // the returned value rides on the done: true result
console.log(g.next()); // afterwards: value is undefined (Python: bare StopIteration)

// for...of and spread throw the returned value away.
console.log("spread:", [...f()]);

// yield* hands the delegate's return value back to the delegating generator.
function* f2() {
  const a = yield* f(); // yields 1, then a = 2
  yield a;
}
console.log("spread of f2:", [...f2()]);
