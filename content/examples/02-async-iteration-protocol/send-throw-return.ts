// Python's asend(v), athrow(e) and aclose() are next(v), throw(e) and return(v).
async function* tally(): AsyncGenerator<number, string, number> {
  let total = 0;
  try {
    while (true) {
      try {
        total += yield total; // next(n) delivers n here
      } catch (err) {
        console.log("tally caught:", (err as Error).message); // throw(e) lands here
      }
    }
  } finally {
    console.log("tally: cleanup");
  }
}

const t = tally();
console.log(await t.next()); // runs to the first yield; a value sent now would be dropped
console.log(await t.next(5));
console.log(await t.next(10));
console.log(await t.throw(new Error("bad input"))); // caught inside, so the generator goes on
console.log(await t.return("stopped")); // runs finally, then reports done
console.log(await t.next(1)); // finished for good
