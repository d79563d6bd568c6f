/**
 * Golden output: what an example prints, with stack frames dropped (their paths differ
 * between Node and the browser) and elapsed times compared with a tolerance (timers are
 * never exact, and the machine may be busy).
 */

const TIME = /(\d+(?:\.\d+)?)\s?(ms|s)\b/g;

/** Output as the golden file stores it. */
export function normalizeOutput(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .filter((line) => !/^\s+at\s/.test(line))
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, ''); // blank lines go, the first line's indentation stays
}

function times(line: string): number[] {
  return [...line.matchAll(TIME)].map((m) => Number(m[1]) * (m[2] === 's' ? 1000 : 1));
}

const skeleton = (line: string) => line.replace(TIME, '<time>');

/** Whether a measured time is close enough to the golden one. */
export function timeMatches(expected: number, actual: number): boolean {
  return actual >= expected * 0.8 - 50 && actual <= expected * 1.5 + 200;
}

/**
 * Compares output with its golden file: every line the same apart from elapsed times,
 * which must be within tolerance. Returns the first difference, or `undefined`.
 */
export function diffOutput(expected: string, actual: string): string | undefined {
  const a = normalizeOutput(expected).split('\n');
  const b = normalizeOutput(actual).split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const e = a[i] ?? '<missing line>';
    const g = b[i] ?? '<missing line>';
    if (skeleton(e) !== skeleton(g)) return `line ${i + 1}: expected ${JSON.stringify(e)}, got ${JSON.stringify(g)}`;
    const te = times(e);
    const tg = times(g);
    for (let j = 0; j < te.length; j++) {
      if (!timeMatches(te[j], tg[j])) return `line ${i + 1}: time ${tg[j]} ms is too far from ${te[j]} ms (${JSON.stringify(g)})`;
    }
  }
  return undefined;
}
