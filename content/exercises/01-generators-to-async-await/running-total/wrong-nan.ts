// fails: keeps-total: NaN
export function* runningTotal(start = 0): Generator<number, void, number | undefined> {
  let total = start;
  while (true) {
    try {
      total += (yield total) as number;
    } catch {
      total = start;
    }
  }
}
