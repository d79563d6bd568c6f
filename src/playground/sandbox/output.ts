/**
 * A run's output on its way to the page, the same for TypeScript and Python: console
 * lines and trace events batched into messages, capped (past MAX_LINES or MAX_BYTES the
 * lines stop being sent and are counted instead), and the run's end.
 */
import type { Entry, EndStatus, FrameToPage } from '../protocol';
import { MAX_BYTES, MAX_LINES } from '../protocol';
import type { TraceEvent } from '../trace/types';

/** A report without its run id and token, which the worker's `send` adds. */
export type Report = FrameToPage extends infer M ? (M extends unknown ? Omit<M, 'runId'> : never) : never;

export interface OutputOptions {
  send(report: Report): void;
  /** Milliseconds from the run's start. */
  clock(): number;
  /** The worker's own timers (example code may replace the global ones). */
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** What a line's text becomes before it is sent (TypeScript maps its stack frames). */
  transform?(text: string): string;
  /** A line was sent, the run's `index`-th: the trace marks it. */
  onLine?(index: number): void;
}

export interface Output {
  emit(entry: Omit<Entry, 't'>): void;
  /** A trace event: it rides with the next batch. */
  record(event: TraceEvent): void;
  end(status: EndStatus, elapsed?: number): void;
  readonly ended: boolean;
}

export function createOutput(o: OutputOptions): Output {
  let buffer: Entry[] = [];
  let events: TraceEvent[] = [];
  let lines = 0;
  let bytes = 0;
  let dropped = 0;
  let capped = false;
  let lastFlush = -Infinity;
  let flushTimer: number | undefined;
  let ended = false;
  const now = () => o.clock();

  const flush = () => {
    flushTimer = undefined;
    // Only lines count: events sent a moment ago must not hold back the next line, which
    // a busy loop after it (while (true), Atomics.wait) would otherwise starve.
    if (buffer.length) lastFlush = now();
    if (buffer.length || events.length) o.send({ type: 'entries', entries: buffer, events });
    buffer = [];
    events = [];
  };

  // Flush at once when quiet, so the first line shows without delay; under a flood,
  // at most every 16 ms, so a tight loop of logs still streams instead of piling up.
  const schedule = () => {
    if (now() - lastFlush >= 16) flush();
    else flushTimer ??= o.setTimeout(flush, 16);
  };

  return {
    get ended() {
      return ended;
    },
    emit(entry) {
      if (ended) return;
      if (capped) { dropped++; return; }
      const text = o.transform ? o.transform(entry.text) : entry.text;
      // A continuation (Python's print(end="")) adds bytes, not a line.
      if (!entry.joins) lines++;
      bytes += text.length;
      if (lines > MAX_LINES || bytes > MAX_BYTES) {
        capped = true;
        dropped++;
        flush();
        o.send({ type: 'truncated', maxLines: MAX_LINES, maxBytes: MAX_BYTES });
        return;
      }
      if (!entry.joins) o.onLine?.(lines - 1);
      buffer.push({ ...entry, text, t: now() });
      schedule();
    },
    record(event) {
      if (ended) return;
      events.push(event);
      // Events ride with the next batch; only a console line is worth a message of its own.
      flushTimer ??= o.setTimeout(flush, 16);
    },
    end(status, elapsed = now()) {
      if (ended) return;
      flush();
      ended = true;
      if (flushTimer !== undefined) o.clearTimeout(flushTimer);
      o.send({ type: 'end', status, elapsed, dropped });
    },
  };
}
