/**
 * Monaco, set up once per page: only the contributions a reader of short examples uses,
 * TypeScript's language worker for IntelliSense, type errors and real `tsc` emit, and
 * the site's Shiki themes so edited code looks like the code it replaced.
 */
import * as monaco from 'monaco-editor/editor';
import * as ts from 'monaco-editor/languages/features/typescript/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
// Format Document (Shift+Alt+F), with TypeScript's own formatter behind it.
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/gotoSymbol/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/parameterHints/register';
import 'monaco-editor/features/rename/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/suggest/register';
// The feature entries above leave out the suggest widget and go-to commands; add them.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/editor/contrib/gotoSymbol/browser/goToCommands';
import 'monaco-editor/features/tokenization/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from './ts-worker?worker';
import { createHighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { shikiToMonaco } from '@shikijs/monaco';
import { shikiThemes } from '../build/themes.mjs';
import type { CompileResult, Diagnostic, EditorHandle, EditorOptions, RunEmit } from './types';

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker()),
};

// The same settings as content/examples/tsconfig.json, so the editor agrees with `tsc`.
ts.typescriptDefaults.setCompilerOptions({
  target: 9 as ts.ScriptTarget /* ES2022, missing from Monaco's enum */,
  module: ts.ModuleKind.ESNext,
  moduleDetection: 3 /* force: every file is a module, top-level await works without export {} */,
  // The language service takes lib file names, not tsconfig's short names.
  lib: ['lib.esnext.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  strict: true,
  sourceMap: true,
  // The source travels in the map: an uncaught error shows the line it points at.
  inlineSources: true,
  noEmitOnError: false,
  allowNonTsExtensions: true,
});
ts.typescriptDefaults.setEagerModelSync(true);

const themeName = () => (document.documentElement.dataset.theme === 'dark' ? shikiThemes.dark : shikiThemes.light);

const highlighter = createHighlighterCore({
  themes: [import('@shikijs/themes/github-light-default'), import('@shikijs/themes/github-dark-default')],
  langs: [import('@shikijs/langs/typescript')],
  engine: createJavaScriptRegexEngine(),
});

const ready = (async () => {
  monaco.languages.register({ id: 'typescript' });
  shikiToMonaco(await highlighter, monaco as never);
  monaco.editor.setTheme(themeName());
  addEventListener('themechange', () => monaco.editor.setTheme(themeName()));
})();

/**
 * Python, the first time a Python twin is edited: the same Shiki grammar that highlighted
 * the page colours it, with Monaco's own Python rules for brackets, comments and indentation.
 */
let python: Promise<void> | undefined;
const pythonReady = () =>
  (python ??= (async () => {
    await ready;
    const h = await highlighter;
    const [{ conf }] = await Promise.all([import('monaco-editor/languages/definitions/python/python'), h.loadLanguage(import('@shikijs/langs/python'))]);
    monaco.languages.register({ id: 'python', extensions: ['.py'], aliases: ['Python'] });
    monaco.languages.setLanguageConfiguration('python', conf);
    shikiToMonaco(h, monaco as never);
  })());

let modelCount = 0;

function toDiagnostic(model: monaco.editor.ITextModel, d: ts.Diagnostic, file: string): Diagnostic {
  const pos = model.getPositionAt(d.start ?? 0);
  let message = '';
  for (let chain: ts.Diagnostic['messageText'] | undefined = d.messageText, depth = 0; chain; depth++) {
    if (typeof chain === 'string') { message += chain; break; }
    message += (depth ? '\n' + '  '.repeat(depth) : '') + chain.messageText;
    chain = chain.next?.[0];
  }
  return { message, line: pos.lineNumber, column: pos.column, code: d.code, file };
}

/**
 * The TypeScript worker. Monaco starts TypeScript support when the first TypeScript model
 * appears, a moment after it appears; until then it answers "not registered".
 */
async function typescriptWorker(): Promise<Awaited<ReturnType<typeof ts.getTypeScriptWorker>>> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ts.getTypeScriptWorker();
    } catch (err) {
      if (attempt >= 100) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

async function checkModel(model: monaco.editor.ITextModel, file: string) {
  const getWorker = await typescriptWorker();
  const worker = await getWorker(model.uri);
  const uri = model.uri.toString();
  const [syntax, semantic] = await Promise.all([worker.getSyntacticDiagnostics(uri), worker.getSemanticDiagnostics(uri)]);
  return { worker, uri, syntax: syntax.map((d) => toDiagnostic(model, d, file)), types: semantic.map((d) => toDiagnostic(model, d, file)) };
}

/** Compiles with TypeScript's own emit (enums, namespaces, decorators and all), with a source map. */
export async function compile(source: string, filename: string): Promise<CompileResult> {
  await ready;
  const uri = monaco.Uri.parse(`file:///compile/${++modelCount}/${filename}`);
  const model = monaco.editor.createModel(source, 'typescript', uri);
  try {
    const { worker, syntax, types } = await checkModel(model, filename);
    if (syntax.length) return { js: '', syntax, types };
    const out = await (worker as unknown as { emitForRun(file: string): Promise<RunEmit | undefined> }).emitForRun(uri.toString());
    const js = out?.js ?? '';
    return { ...out, js: js.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'), syntax, types };
  } finally {
    model.dispose();
  }
}

export async function createMonacoEditor(container: HTMLElement, opts: EditorOptions): Promise<EditorHandle> {
  const language = opts.filename.endsWith('.py') ? 'python' : 'typescript';
  await (language === 'python' ? pythonReady() : ready);
  const model = monaco.editor.createModel(opts.value, language, monaco.Uri.parse(`file:///edit/${++modelCount}/${opts.filename}`));
  container.textContent = '';
  const lines = () => Math.min(32, Math.max(6, model.getLineCount() + 1));
  let fontSize = opts.fontSize ?? 14;
  const lineHeight = () => Math.round(fontSize * 1.5);
  const editor = monaco.editor.create(container, {
    model,
    ariaLabel: opts.label,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize,
    lineHeight: lineHeight(),
    // PEP 8's four spaces for Python; the site's two for TypeScript.
    tabSize: language === 'python' ? 4 : 2,
    fixedOverflowWidgets: true,
    scrollbar: { alwaysConsumeMouseWheel: false },
    // A highlighted line background drops comment contrast below AA; mark the gutter instead.
    renderLineHighlight: 'gutter',
  });
  // Grows with the code, up to a point; the workspace's editor fills its pane instead.
  const fit = () => { if (!opts.fill) container.style.height = `${lines() * lineHeight() + 16}px`; };
  fit();
  editor.onDidChangeModelContent(() => {
    fit();
    opts.onChange(model.getValue());
  });
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => opts.onRun());
  // Escape leaves the editor unless a widget (suggestions, find, hints) wants it first.
  editor.addCommand(monaco.KeyCode.Escape, () => opts.onEscape(), '!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !inSnippetMode && !markersNavigationVisible');
  const markers = monaco.editor.onDidChangeMarkers((uris) => {
    if (!opts.onDiagnostics || !uris.some((u) => u.toString() === model.uri.toString())) return;
    const list = monaco.editor.getModelMarkers({ resource: model.uri }).filter((m) => m.severity === monaco.MarkerSeverity.Error);
    opts.onDiagnostics(list.map((m) => ({ message: m.message, line: m.startLineNumber, column: m.startColumn, code: Number(typeof m.code === 'object' ? m.code?.value : m.code) || 0, file: opts.filename })));
  });
  return {
    getValue: () => model.getValue(),
    setValue: (v) => model.setValue(v),
    focus: () => editor.focus(),
    setFontSize: (px) => {
      fontSize = px;
      editor.updateOptions({ fontSize, lineHeight: lineHeight() });
      fit();
    },
    dispose: () => { markers.dispose(); editor.dispose(); model.dispose(); },
  };
}
