/**
 * The editor's front door, loaded only when a reader asks to edit (or runs edited code).
 * Touch devices get a plain text area (Monaco is hard to use there); both compile with
 * the same TypeScript, Monaco's language worker.
 */
import type { CompileResult, EditorHandle, EditorOptions } from './types';

// Monaco reads its UI strings (menus, find widget, hovers) from a global set before it loads.
const monaco = async () => {
  if (document.documentElement.lang === 'zh-CN') await import('monaco-editor/nls/lang/zh-cn');
  return import('./monaco');
};

const touchOnly = () => matchMedia('(pointer: coarse)').matches && !matchMedia('(any-pointer: fine)').matches;

export async function createEditor(container: HTMLElement, opts: EditorOptions): Promise<EditorHandle> {
  if (touchOnly()) return (await import('./textarea')).createTextareaEditor(container, opts);
  return (await monaco()).createMonacoEditor(container, opts);
}

export async function compile(source: string, filename: string): Promise<CompileResult> {
  return (await monaco()).compile(source, filename);
}
