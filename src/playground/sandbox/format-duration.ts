const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const pad = (n: number | string) => String(n).padStart(2, '0');

/**
 * Formats a duration exactly as Node's `console.timeEnd` does, so the playground and
 * Node print the same line for the same timing.
 * @example formatDuration(301.23456) // '301.235ms'
 * @example formatDuration(1500) // '1.500s'
 */
export function formatDuration(ms: number): string {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= SECOND) {
    if (ms >= MINUTE) {
      if (ms >= HOUR) {
        hours = Math.floor(ms / HOUR);
        ms = ms % HOUR;
      }
      minutes = Math.floor(ms / MINUTE);
      ms = ms % MINUTE;
    }
    seconds = ms / SECOND;
  }
  if (hours !== 0 || minutes !== 0) {
    const [s, frac] = seconds.toFixed(3).split('.');
    const head = hours !== 0 ? `${hours}:${pad(minutes)}` : `${minutes}`;
    return `${head}:${pad(s)}.${frac} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}
