// fails: reset: the generator did not catch it
export function* runningTotal(start = 0): Generator<number, void, number | undefined> {
  let total = start;
  while (true) {
    const n = yield total;
    if (n !== undefined) total += n;
  }
}
