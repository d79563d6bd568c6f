/**
 * Loads helpers that a chapter presents for copying (a `Semaphore` class, an `asCompleted`
 * function) straight from the example that shows them, so unit tests exercise the very code
 * a reader copies. The examples export nothing and run a demo at top level, so importing
 * them is not an option: this picks the named top-level declarations out of the source,
 * compiles them with TypeScript and evaluates only those.
 *
 * @example const { Semaphore } = loadExampleDeclarations('05-async-toolkit/semaphore', ['Semaphore']);
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { examplePath } from './examples';

/** The text of each named top-level function, class or `const` in `source`, in source order. */
function declarationsNamed(source: string, names: string[]): string {
  const file = ts.createSourceFile('helpers.ts', source, ts.ScriptTarget.ESNext, true);
  const found = new Set<string>();
  const picked: string[] = [];
  for (const statement of file.statements) {
    const declared =
      ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)
        ? [statement.name?.text]
        : ts.isVariableStatement(statement)
          ? statement.declarationList.declarations.map((d) => (ts.isIdentifier(d.name) ? d.name.text : undefined))
          : [];
    const wanted = declared.filter((name): name is string => !!name && names.includes(name));
    if (wanted.length === 0) continue;
    wanted.forEach((name) => found.add(name));
    picked.push(statement.getText(file));
  }
  const missing = names.filter((name) => !found.has(name));
  if (missing.length > 0) throw new Error(`not declared at top level: ${missing.join(', ')}`);
  return picked.join('\n\n');
}

/**
 * Compiles the named declarations of `source` and evaluates them; `scope` supplies free
 * variables they use (a snippet's module-level `worker`, say). Returns the named bindings.
 */
export function loadDeclarations<T = Record<string, any>>(source: string, names: string[], scope: Record<string, unknown> = {}): T {
  const { outputText } = ts.transpileModule(declarationsNamed(source, names), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, useDefineForClassFields: true },
  });
  const body = `"use strict";\n${outputText}\nreturn { ${names.join(', ')} };`;
  return new Function(...Object.keys(scope), body)(...Object.values(scope)) as T;
}

/** The named declarations of an example, `<chapter>/<name>`. */
export function loadExampleDeclarations<T = Record<string, any>>(id: string, names: string[], scope?: Record<string, unknown>): T {
  return loadDeclarations<T>(readFileSync(examplePath(id), 'utf8'), names, scope);
}

/** The one ```ts block of a page (a chapter's static snippet) that declares function `name`. */
export function tsBlockDeclaring(mdxPath: string, name: string): string {
  const blocks = [...readFileSync(mdxPath, 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  const matching = blocks.filter((block) => block.includes(`function ${name}(`));
  if (matching.length !== 1) throw new Error(`${mdxPath}: ${matching.length} code blocks declare ${name}`);
  return matching[0];
}
