import type { UsingDeclarations } from '../protocol';

/**
 * Whether this engine can run code with `using` declarations compiled as `kind`: lowered
 * code needs `Symbol.dispose` and `Symbol.asyncDispose`; native code needs the syntax.
 */
export async function supportsUsing(kind: UsingDeclarations): Promise<boolean> {
  if (typeof Symbol.dispose !== 'symbol' || typeof Symbol.asyncDispose !== 'symbol') return false;
  if (kind === 'lowered') return true;
  // The sandbox's policy forbids eval, so the parser is asked with a module of its own.
  const url = URL.createObjectURL(new Blob(['using a = null; await using b = null;'], { type: 'text/javascript' }));
  try {
    await import(/* @vite-ignore */ url);
    return true;
  } catch {
    return false;
  } finally {
    URL.revokeObjectURL(url);
  }
}
