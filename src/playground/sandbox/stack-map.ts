import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

export interface StackMapper {
  (text: string): string;
  /** The blob URL the example's module was loaded from: frames naming it get mapped. */
  setUrl(url: string): void;
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

  const mapper = ((text: string) => {
    if (!pattern) return text;
    let out = text.replace(pattern, (_m, line: string, col: string) => {
      // Line 1 of the running module carries a prefix the compiled code did not have.
      const column = Number(line) === 1 ? Math.max(1, Number(col) - firstLineOffset) : Number(col);
      const t = traced();
      const pos = t ? originalPositionFor(t, { line: Number(line), column: column - 1 }) : null;
      return pos && pos.line != null ? `${filename}:${pos.line}:${(pos.column ?? 0) + 1}` : `${filename}:${line}:${column}`;
    });
    if (own && out.includes(own)) out = out.split('\n').filter((l) => !l.includes(own)).join('\n');
    return out;
  }) as StackMapper;

  mapper.setUrl = (url: string) => {
    const names = [url, filename].map((s) => s.replace(ESCAPE, '\\$&')).join('|');
    pattern = new RegExp(`(?:${names}):(\\d+):(\\d+)`, 'g');
  };
  return mapper;
}
