/**
 * Edited code's way to the sandbox: TypeScript's emit (Monaco's worker), then the same
 * instrumentation the build gives unedited examples, so edited runs have a timeline too.
 */
import type { CompileResult } from '../editor/types';

export async function compileEdited(source: string, filename: string): Promise<CompileResult> {
  const [{ compile }, { instrument }] = await Promise.all([import('../editor/load'), import('../trace/instrument')]);
  const result = await compile(source, filename);
  if (result.syntax.length || !result.js) return result;
  try {
    return { ...result, ...instrument(result.js, result.map, filename) };
  } catch {
    // Code TypeScript emitted but acorn cannot parse (newer syntax): it still runs, untraced.
    return result;
  }
}
