/** One measured thing: a `console.time` label, or a variant's whole run. */
export interface Measure {
  label: string;
  ms: number;
}

export interface Bar extends Measure {
  /** Length relative to the slowest, 0–1. */
  fraction: number;
  /** How many times slower than the fastest (1 for the fastest itself). */
  ratio: number;
  fastest: boolean;
}

export interface Comparison {
  bars: Bar[];
  /** Fastest against slowest, when there are at least two measures. */
  summary?: { fast: string; slow: string; ratio: number };
}

/**
 * Bars for a side-by-side chart, each with its ratio to the fastest.
 * @example compare([{ label: 'a', ms: 900 }, { label: 'b', ms: 300 }]).summary // { fast: 'b', slow: 'a', ratio: 3 }
 */
export function compare(measures: Measure[]): Comparison {
  if (measures.length === 0) return { bars: [] };
  const max = Math.max(...measures.map((m) => m.ms));
  const min = Math.min(...measures.map((m) => m.ms));
  const fastestIndex = measures.findIndex((m) => m.ms === min);
  const bars = measures.map((m, i) => ({
    ...m,
    fraction: max > 0 ? m.ms / max : 1,
    ratio: min > 0 ? m.ms / min : 1,
    fastest: i === fastestIndex,
  }));
  if (measures.length < 2) return { bars };
  const slow = measures.find((m) => m.ms === max)!;
  return { bars, summary: { fast: measures[fastestIndex].label, slow: slow.label, ratio: min > 0 ? max / min : Infinity } };
}

/**
 * A ratio as the chart prints it.
 * @example formatRatio(2.96) // '3.0'
 */
export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? ratio.toFixed(1) : '∞';
}

/** Labels made unique by numbering repeats, so two `console.time('x')` runs both show. */
export function uniqueLabels(measures: Measure[]): Measure[] {
  const seen = new Map<string, number>();
  return measures.map((m) => {
    const n = (seen.get(m.label) ?? 0) + 1;
    seen.set(m.label, n);
    return n === 1 ? m : { ...m, label: `${m.label} (${n})` };
  });
}
