// fails: other-errors: it caught Error: disk full
export function* runningTotal(start = 0): Generator<number, void, number | undefined> {
  let total = start;
  while (true) {
    try {
      const n = yield total;
      if (n !== undefined) total += n;
    } catch {
      total = start;
    }
  }
}
