import { TraceMap, originalPositionFor, sourceContentFor } from '@jridgewell/trace-mapping';
import type { SourceLine } from '../protocol';

export interface StackMapper {
  (text: string): string;
  /** The blob URL the example's module was loaded from: frames naming it get mapped. */
  setUrl(url: string): void;
  /**
   * The line of TypeScript that the first of the example's frames in `text` points at,
   * when the source map carries the source.
   */
  sourceLine(text: string): SourceLine | undefined;
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/**
 * Rewrites stack frames in console text so they point at the TypeScript source
 * (`main.ts:3:9`) instead of the compiled module, and drops the sandbox's own frames.
 * Without a source map, positions stay as compiled but still name the file.
 */
export function createStackMapper(map: string | undefined, filename: string, firstLineOffset = 0): StackMapper {
  let tracer: TraceMap | undefined;
  const traced = () => (tracer ??= map ? new TraceMap(map) : undefined);
  let pattern: RegExp | undefined;
  const own = typeof location === 'object' ? location.href : '';

  const position = (line: number, col: number) => {
    // Line 1 of the running module carries a prefix the compiled code did not have.
    const column = line === 1 ? Math.max(1, col - firstLineOffset) : col;
    const t = traced();
    const pos = t ? originalPositionFor(t, { line, column: column - 1 }) : null;
    return pos && pos.line != null ? { line: pos.line, column: (pos.column ?? 0) + 1, mapped: true } : { line, column, mapped: false };
  };

  const mapper = ((text: string) => {
    if (!pattern) return text;
    let out = text.replace(pattern, (_m, line: string, col: string) => {
      const pos = position(Number(line), Number(col));
      return `${filename}:${pos.line}:${pos.column}`;
    });
    if (own && out.includes(own)) out = out.split('\n').filter((l) => !l.includes(own)).join('\n');
    return out;
  }) as StackMapper;

  mapper.setUrl = (url: string) => {
    const names = [url, filename].map((s) => s.replace(ESCAPE, '\\$&')).join('|');
    pattern = new RegExp(`(?:${names}):(\\d+):(\\d+)`, 'g');
  };

  mapper.sourceLine = (text: string) => {
    const m = pattern && new RegExp(pattern.source).exec(text);
    const t = traced();
    if (!m || !t) return undefined;
    const pos = position(Number(m[1]), Number(m[2]));
    const source = t.sources[0];
    const code = pos.mapped && source != null ? sourceContentFor(t, source)?.split(/\r?\n/)[pos.line - 1] : undefined;
    return code === undefined ? undefined : { file: filename, line: pos.line, column: pos.column, code };
  };
  return mapper;
}
