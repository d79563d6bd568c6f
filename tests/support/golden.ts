/**
 * Golden output: what an example prints, with stack frames dropped (their paths differ
 * between Node and the browser) and elapsed times compared with a tolerance (timers are
 * never exact, and the machine may be busy).
 *
 * A line that prints an engine's own error message ends with ENGINE_MARK in the golden
 * file: Node's V8 says `undefined is not a function` where Firefox says
 * `(intermediate value).next is not a function`. Such a line must name the same error
 * class (`TypeError: …`); the message after it may differ.
 */

const TIME = /(\d+(?:\.\d+)?)\s?(ms|s)\b/g;

/** Ends a golden line whose message is the engine's own. */
export const ENGINE_MARK = '  ⟪engine⟫';

/** `TypeError: ` of `TypeError: x is not a function`; the whole line when it names no error. */
const errorClass = (line: string) => /^\s*[\w$.]*(?:Error|Exception)\b[^:]*: (?=\S)/.exec(line)?.[0] ?? line;

function sameLine(expected: string, actual: string): boolean {
  if (!expected.endsWith(ENGINE_MARK)) return skeleton(expected) === skeleton(actual);
  return errorClass(expected.slice(0, -ENGINE_MARK.length)) === errorClass(actual);
}

/**
 * New golden output, with the engine marks of the previous golden file kept on the lines
 * that are still there, so regenerating a golden file does not lose them.
 */
export function keepEngineMarks(previous: string | undefined, output: string): string {
  const marked = new Set((previous ?? '').split('\n').filter((l) => l.endsWith(ENGINE_MARK)).map((l) => l.slice(0, -ENGINE_MARK.length)));
  return output.split('\n').map((l) => (marked.has(l) ? l + ENGINE_MARK : l)).join('\n');
}

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
 * which must be within tolerance, and marked engine messages. Returns the first
 * difference, or `undefined`.
 */
export function diffOutput(expected: string, actual: string): string | undefined {
  const a = normalizeOutput(expected).split('\n');
  const b = normalizeOutput(actual).split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const e = a[i] ?? '<missing line>';
    const g = b[i] ?? '<missing line>';
    if (!sameLine(e, g)) return `line ${i + 1}: expected ${JSON.stringify(e)}, got ${JSON.stringify(g)}`;
    const te = times(e);
    const tg = times(g);
    for (let j = 0; j < te.length; j++) {
      if (!timeMatches(te[j], tg[j])) return `line ${i + 1}: time ${tg[j]} ms is too far from ${te[j]} ms (${JSON.stringify(g)})`;
    }
  }
  return undefined;
}

// ---- Python twins: CPython's output (the golden) against Pyodide's (the page's) -------

/** A path to a Python file, kept as its name: `/home/…/examples/ch/as-completed.zh-cn.py` → `as-completed.py`. */
const PY_PATH = /(?:[^\s"'<>:]*\/)?([\w-]+?)(?:\.[a-z]{2}-[a-z]{2})?\.py\b/g;
/** A traceback frame in the runtime rather than the reader's file: the stdlib (asyncio's runners, base_events), Pyodide's. */
const RUNTIME_FRAME = /^\s*File "(?:[^"]*\/lib\/python3[\d.]*\/|[^"]*python3\d+\.zip\/|[^"]*\/_?pyodide\/|<frozen )/;
const FRAME = /^\s*File "/;
/** CPython ≥ 3.11's markers under the failing expression (`^^^^`, 3.13's `~~~~^^^^`). */
const CARETS = /^\s*[~^]+\s*$/;

/**
 * Python output with what differs between CPython versions and Pyodide taken out: memory
 * addresses, file paths (kept as the file's name, as the page names it), traceback frames
 * inside the runtime with their source lines, and caret lines.
 */
export function normalizePythonOutput(text: string): string {
  const out: string[] = [];
  let inRuntimeFrame = false;
  for (const line of normalizeOutput(text).split('\n')) {
    if (FRAME.test(line)) inRuntimeFrame = RUNTIME_FRAME.test(line);
    else if (inRuntimeFrame && /^\s{4,}\S/.test(line)) continue; // the frame's source line
    else inRuntimeFrame = false;
    if (inRuntimeFrame || CARETS.test(line)) continue;
    out.push(line.replace(/\b0x[0-9a-f]+\b/gi, '0x…').replace(PY_PATH, '$1.py'));
  }
  return out.join('\n');
}

/**
 * Compares a Python twin's output with its CPython golden: the TypeScript comparison
 * (elapsed times within tolerance) after normalizePythonOutput on both sides.
 */
export function diffPythonOutput(expected: string, actual: string): string | undefined {
  return diffOutput(normalizePythonOutput(expected), normalizePythonOutput(actual));
}
