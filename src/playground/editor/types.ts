/** A compiler message, positioned in the TypeScript source (1-based). */
export interface Diagnostic {
  message: string;
  line: number;
  column: number;
  code: number;
  file?: string;
}

import type { UsingDeclarations } from '../protocol';

/** What the TypeScript worker emits for a run (see ts-worker.ts). */
export interface RunEmit {
  js: string;
  map?: string;
  using?: UsingDeclarations;
}

export interface CompileResult extends RunEmit {
  /** Errors that stop the code from running. */
  syntax: Diagnostic[];
  /** Errors shown to the reader; the code still runs, as with `tsc` emitting on error. */
  types: Diagnostic[];
}

/** What the playground needs of an editor: Monaco or the plain text area keep this contract. */
export interface EditorHandle {
  getValue(): string;
  setValue(value: string): void;
  focus(): void;
  /** The text size in CSS pixels (the workspace's setting). */
  setFontSize(px: number): void;
  dispose(): void;
}

export interface EditorOptions {
  value: string;
  filename: string;
  /** Accessible name of the editing surface. */
  label: string;
  /** Fill the container's height (the workspace's pane) instead of growing with the code. */
  fill?: boolean;
  /** Text size in CSS pixels; 14 by default. */
  fontSize?: number;
  onChange(value: string): void;
  onRun(): void;
  /** Escape leaves the editor: no keyboard trap. */
  onEscape(): void;
  /** The current type errors, whenever the editor rechecks the code. */
  onDiagnostics?(diagnostics: Diagnostic[]): void;
}
