// A generator function: calling it runs nothing yet, it returns a generator object.
function* f() {
  console.log("  (body starts)");
  yield 1;
  console.log("  (resumed after the first yield)");
  yield 2;
  console.log("  (falling off the end)");
}

const g = f();
console.log("called f(), got:", Object.prototype.toString.call(g));

console.log(g.next()); // runs up to the first yield
console.log(g.next()); // resumes, runs up to the second yield
console.log(g.next()); // finishes: no exception, just done: true
console.log(g.next()); // asking again is harmless

// for...of and spread call next() for you and stop at done: true.
for (const x of f()) console.log("for...of got", x);
console.log("spread:", [...f()]);
