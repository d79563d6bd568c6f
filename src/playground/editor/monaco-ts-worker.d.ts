// Monaco ships its TypeScript worker entry without types; these are the parts ts-worker.ts uses.
declare module 'monaco-editor/languages/features/typescript/ts.worker' {
  import type * as typescript from 'typescript';
  /** Monaco's bundled TypeScript services; `typescript` is the whole compiler API. */
  export const ts: { typescript: typeof typescript };
  export class TypeScriptWorker {
    constructor(ctx: unknown, createData: unknown);
    getLanguageService(): typescript.LanguageService;
    getCompilationSettings(): typescript.CompilerOptions;
  }
  export function initialize(create: (ctx: unknown, createData: unknown) => TypeScriptWorker): void;
}
