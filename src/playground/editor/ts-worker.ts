/**
 * Monaco's TypeScript worker with one more request for the playground, `emitForRun`:
 * the JavaScript a run needs, with a target chosen per program. ESNext keeps `using`
 * and `await using` as syntax, so they run natively; but no engine runs decorators yet,
 * so a program with decorators is emitted for ES2022, which lowers both.
 */
import { initialize, TypeScriptWorker, ts as services } from 'monaco-editor/languages/features/typescript/ts.worker';
import type { RunEmit } from './types';

const ts = services.typescript;

function scan(file: import('typescript').SourceFile): { decorators: boolean; using: boolean } {
  const found = { decorators: false, using: false };
  const visit = (node: import('typescript').Node): void => {
    if (ts.isDecorator(node)) found.decorators = true;
    // `await using` sets the Using flag too (AwaitUsing = Using | Const).
    else if (ts.isVariableDeclarationList(node) && node.flags & ts.NodeFlags.Using) found.using = true;
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

class PlaygroundWorker extends TypeScriptWorker {
  async emitForRun(fileName: string): Promise<RunEmit | undefined> {
    const file = this.getLanguageService().getProgram()?.getSourceFile(fileName);
    if (!file) return undefined;
    const { decorators, using } = scan(file);
    const target = decorators ? ts.ScriptTarget.ES2022 : ts.ScriptTarget.ESNext;
    // One file, no imports: transpiling it alone emits what the program would, without
    // rebuilding the language service's program for another target.
    const out = ts.transpileModule(file.text, { fileName, compilerOptions: { ...this.getCompilationSettings(), target } });
    return { js: out.outputText, map: out.sourceMapText, ...(using && { using: decorators ? 'lowered' : 'native' }) };
  }
}

// Replaces the handler Monaco's entry installs, the same way but with the class above.
self.onmessage = () => initialize((ctx, createData) => new PlaygroundWorker(ctx, createData));
