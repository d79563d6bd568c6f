/** One measured thing: a `console.time` label, or a variant's whole run. */
export interface Measure {
  label: string;
  ms: number;
  /**
   * Measures with the same group measure the same thing and are ranked against each other;
   * measures without a group are all ranked together (the variants of one playground).
   */
  group?: string;
}

/** What a bar says about itself next to its time. */
export type Note = { kind: 'fastest' } | { kind: 'joint-fastest' } | { kind: 'slower'; ratio: number };

export interface Bar extends Measure {
  /** Length relative to the slowest of the whole chart, 0–1: one scale for every bar. */
  fraction: number;
  /** Nothing to say when the bar has nothing to be ranked against, or its group takes the same time. */
  note?: Note;
}

/** A group's outcome: one is clearly faster than the other, or they take about the same time. */
export type Verdict = { kind: 'faster'; fast: string; slow: string; ratio: number } | { kind: 'same'; labels: string[] };

export interface Comparison {
  bars: Bar[];
  /** One per group of two measures or more. */
  verdicts: Verdict[];
}

/**
 * Two times closer than this are "about the same": a single run in a browser is only this
 * exact. Timers fire a few ms late and a busy machine stretches a run: two programs with the
 * same sleeps (chapter 3's blocking functions and async generator, 375 ms each) measured
 * 377–395 ms apart by up to 4 % on a quiet machine and 8 % with the test suite running beside
 * them. The smallest real difference the chapters teach is 1.5× (two waits overlapped), far
 * above. At 10 % no printed ratio ever rounds to "1.0×".
 */
export const SAME_RATIO = 1.1;
/** Below this difference times are the same whatever their ratio: timer resolution in the sandbox is about 1 ms. */
export const SAME_MS = 2;

/** Whether two times are too close to call one faster. */
export const aboutTheSame = (a: number, b: number): boolean => {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return hi - lo < SAME_MS || hi / lo < SAME_RATIO;
};

/**
 * Bars for a side-by-side chart, all on one scale, each ranked only within its group.
 * @example compare([{ label: 'a', ms: 900 }, { label: 'b', ms: 300 }]).verdicts // [{ kind: 'faster', fast: 'b', slow: 'a', ratio: 3 }]
 */
export function compare(measures: Measure[]): Comparison {
  const max = Math.max(0, ...measures.map((m) => m.ms));
  const bars: Bar[] = measures.map((m) => ({ ...m, fraction: max > 0 ? m.ms / max : 1 }));
  const groups = new Map<string | undefined, Bar[]>();
  for (const bar of bars) groups.set(bar.group, [...(groups.get(bar.group) ?? []), bar]);
  const verdicts: Verdict[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const fastest = group.reduce((a, b) => (b.ms < a.ms ? b : a));
    const slowest = group.reduce((a, b) => (b.ms > a.ms ? b : a));
    if (aboutTheSame(fastest.ms, slowest.ms)) {
      verdicts.push({ kind: 'same', labels: group.map((b) => b.label) });
      continue;
    }
    const top = group.filter((b) => aboutTheSame(b.ms, fastest.ms));
    for (const bar of group) {
      bar.note = top.includes(bar)
        ? { kind: top.length > 1 ? 'joint-fastest' : 'fastest' }
        : { kind: 'slower', ratio: fastest.ms > 0 ? bar.ms / fastest.ms : Infinity };
    }
    verdicts.push({ kind: 'faster', fast: fastest.label, slow: slowest.label, ratio: fastest.ms > 0 ? slowest.ms / fastest.ms : Infinity });
  }
  return { bars, verdicts };
}

/**
 * A ratio as the chart prints it.
 * @example formatRatio(2.96) // '3.0'
 */
export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? ratio.toFixed(1) : '∞';
}

/**
 * What a `console.time` label measures, when the label says: the words before its first comma
 * or colon ("I/O, one after another" and "I/O, waits overlapped" both measure I/O). Timers are
 * ranked only against timers of the same subject, so an example that times different things
 * names them so; plain labels ("sequential", "concurrent") are all ranked together.
 * @example timerSubject('CPU, one after another') // 'CPU'
 */
export const timerSubject = (label: string): string => {
  const at = label.search(/[,:，：]/);
  return at > 0 ? label.slice(0, at).trim() : '';
};

/**
 * The timers of a run as chart measures: repeats of a label numbered so both show (and
 * ranked against each other), each grouped by what it measures.
 */
export function timerMeasures(measures: Measure[]): Measure[] {
  const seen = new Map<string, number>();
  return measures.map((m) => {
    const n = (seen.get(m.label) ?? 0) + 1;
    seen.set(m.label, n);
    return { ...m, label: n === 1 ? m.label : `${m.label} (${n})`, group: timerSubject(m.label) };
  });
}
