// Python's g.throw(exc) and g.close() are g.throw(err) and g.return(value) in TypeScript.
function* worker(): Generator<string, string, unknown> {
  try {
    while (true) {
      try {
        yield "working";
      } catch (err) {
        // throw() raises the error AT the paused yield, so the generator can catch it.
        console.log("  caught inside:", (err as Error).message);
        yield "recovered";
      }
    }
  } finally {
    // return() acts like a `return` statement at the paused yield: finally blocks run.
    console.log("  finally: cleaning up");
  }
}

const g = worker();
console.log(g.next());
console.log(g.throw(new Error("bad input")));
console.log(g.next());
console.log(g.return("stopped early")); // Python's close(), but it can carry a value
console.log(g.next());

// An error the generator does not catch comes out of throw() and finishes it.
function* fragile() {
  yield 1;
  yield 2;
}
const h = fragile();
h.next();
try {
  h.throw(new Error("boom"));
} catch (err) {
  console.log("caught outside:", (err as Error).message);
}
console.log(h.next());
