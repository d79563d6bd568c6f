/**
 * Error stacks in one layout, whatever the engine. V8 writes `Name: message` and then
 * `    at fn (file:line:col)` lines, which is what Node prints; SpiderMonkey and
 * JavaScriptCore write frames only (`fn@file:line:col`), so the formatter, which looks
 * for V8's layout, could find neither the message nor the frames. These functions read
 * all three and write V8's.
 */

/** One call on the stack. */
export interface StackFrame {
  /** The function's name, as far as the engine knows it; '' for top-level or anonymous code. */
  name: string;
  /** Where the code came from (a URL or a file name); '' for the engine's built-ins. */
  file: string;
  line: number;
  column: number;
  /** An `await` resumed this call (V8 and SpiderMonkey record these frames). */
  async: boolean;
}

export interface ParsedStack {
  /** `v8`: header and `at` lines; `frames`: frames only (SpiderMonkey, JavaScriptCore). */
  layout: 'v8' | 'frames';
  /** V8's first lines (`Name: message`, possibly several lines long); frames-only stacks have none. */
  header?: string;
  frames: StackFrame[];
}

const V8_FRAME = /^ {4}at (?:(async) )?(?:(.+?) \((.+)\)|(.+))$/;
const AT_LOCATION = /^(.*):(\d+):(\d+)$/;
// SpiderMonkey: `[asyncCause*]name@file:line:col`; JavaScriptCore: `name@file:line:col`,
// `name@[native code]`, and `name@` for code with no source (eval).
const AT_FRAME = /^(?:([^@*]*)\*)?([^@]*)@(.*)$/;
const NATIVE = '[native code]';
// JavaScriptCore names the code of a whole module, script or eval like a function.
const TOP_LEVEL = new Set(['module code', 'global code', 'eval code']);

function location(text: string): Pick<StackFrame, 'file' | 'line' | 'column'> {
  const m = AT_LOCATION.exec(text);
  return m ? { file: m[1], line: Number(m[2]), column: Number(m[3]) } : { file: text === '<anonymous>' || text === 'native' ? '' : text, line: 0, column: 0 };
}

/**
 * SpiderMonkey names an anonymous function after where it sits (`outer/<`, `obj.prop<`),
 * V8 leaves it unnamed; JavaScriptCore's top-level code is unnamed in V8 too.
 */
function v8Name(name: string): string {
  if (TOP_LEVEL.has(name) || name.includes('<')) return '';
  return name.slice(name.lastIndexOf('/') + 1);
}

function parseV8(lines: string[]): ParsedStack | undefined {
  const first = lines.findIndex((l) => V8_FRAME.test(l));
  if (first < 0) return undefined;
  const frames: StackFrame[] = [];
  for (const line of lines.slice(first)) {
    const m = V8_FRAME.exec(line);
    if (!m) return undefined;
    const [, async, name, inParens, bare] = m;
    frames.push({ name: name ?? '', ...location(inParens ?? bare), async: Boolean(async) });
  }
  return { layout: 'v8', header: lines.slice(0, first).join('\n'), frames };
}

function parseFrames(lines: string[]): ParsedStack | undefined {
  const frames: StackFrame[] = [];
  for (const line of lines) {
    const m = AT_FRAME.exec(line);
    if (!m) return undefined;
    const [, cause, name, where] = m;
    const at = where === NATIVE || where === '' ? { file: '', line: 0, column: 0 } : location(where);
    if (where !== NATIVE && where !== '' && !at.line) return undefined;
    frames.push({ name: v8Name(name), ...at, async: cause === 'async' });
  }
  return frames.some((f) => f.line) ? { layout: 'frames', frames } : undefined;
}

/**
 * Reads an engine's stack. `undefined` when the text is not one (example code may set
 * `stack` to anything), so it is printed as it is.
 * @example parseStack('f@main.ts:1:22\n@main.ts:3:7\n')?.frames[0] // { name: 'f', file: 'main.ts', line: 1, column: 22, async: false }
 */
export function parseStack(stack: string): ParsedStack | undefined {
  const lines = stack.replace(/\n+$/, '').split('\n');
  return parseV8(lines) ?? parseFrames(lines);
}

/**
 * A frame as V8 and Node print it.
 * @example formatFrame({ name: 'f', file: 'main.ts', line: 1, column: 22, async: false }) // '    at f (main.ts:1:22)'
 */
export function formatFrame(frame: StackFrame): string {
  const where = frame.line ? `${frame.file}:${frame.line}:${frame.column}` : frame.file || '<anonymous>';
  const call = frame.name ? `${frame.name} (${where})` : where;
  return `    at ${frame.async ? 'async ' : ''}${call}`;
}

/**
 * The first line of an error as V8 writes it, by the rules of `Error.prototype.toString`.
 * @example errorHeader('TypeError', 'x is not a function') // 'TypeError: x is not a function'
 */
export function errorHeader(name: unknown, message: unknown): string {
  const n = name === undefined ? 'Error' : String(name);
  const m = message === undefined ? '' : String(message);
  return !n ? m : !m ? n : `${n}: ${m}`;
}

/**
 * A stack in V8's layout: V8's own is kept as it is (Node prints just that); frames from
 * the other engines get `header` above them, as V8 would have written it.
 * @example normalizeStack('f@main.ts:1:22\n', 'Error: boom') // 'Error: boom\n    at f (main.ts:1:22)'
 */
export function normalizeStack(stack: string, header: string): string {
  const parsed = parseStack(stack);
  if (!parsed || parsed.layout === 'v8') return stack || header;
  return [header, ...parsed.frames.map(formatFrame)].join('\n');
}

/**
 * Just the frames of a stack, in V8's layout: what `console.trace` prints under its label.
 * Text that is no stack yields nothing.
 */
export function stackFrames(stack: string): string {
  return (parseStack(stack)?.frames ?? []).map(formatFrame).join('\n');
}
