import type { SourceLine } from '../protocol';

/**
 * A line's offset from the start of the run, as shown beside it.
 * @example formatOffset(300.4) // '+0.300 s'
 */
export function formatOffset(ms: number): string {
  return `+${(Math.max(0, ms) / 1000).toFixed(3)} s`;
}

/**
 * An elapsed time for people: milliseconds under a second, seconds above.
 * @example formatElapsed(302.6) // '303 ms'
 * @example formatElapsed(1504) // '1.50 s'
 */
export function formatElapsed(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/**
 * The source line an uncaught error points at, with a caret under its column: the lines
 * Node prints above a fatal error (tabs are kept, so the caret lines up).
 * @example formatSourceLine({ file: 'main.ts', line: 3, column: 5, code: 'if (x) throw e;' }) // 'main.ts:3\nif (x) throw e;\n    ^'
 */
export function formatSourceLine(s: SourceLine): string {
  const pad = s.code.slice(0, Math.max(0, s.column - 1)).replace(/[^\t]/g, ' ');
  return `${s.file}:${s.line}\n${s.code}\n${pad}^`;
}

/**
 * Bytes for people.
 * @example formatBytes(1_000_000) // '1 MB'
 */
export function formatBytes(n: number): string {
  return n >= 1_000_000 ? `${+(n / 1_000_000).toFixed(1)} MB` : n >= 1000 ? `${+(n / 1000).toFixed(1)} kB` : `${n} B`;
}

/**
 * How long until something happens, in the largest unit that fits, in the page's locale.
 * @example formatWait(45_000, 'en') // '45.00 s'
 * @example formatWait(1e9, 'en') // '11.6 days'
 */
export function formatWait(ms: number, locale: string): string {
  if (ms < 60_000) return formatElapsed(ms);
  const [unit, size] = ms < 3_600_000 ? ['minute', 60_000] : ms < 86_400_000 ? ['hour', 3_600_000] : ['day', 86_400_000];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 }).format(ms / size);
}
