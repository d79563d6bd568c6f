/**
 * What must agree between a Python twin and its translation, read with Python's own
 * tokenize (tests/support/python_tokens.py, run by the CPython that records the goldens):
 * every token except comments and the text of string literals. An f-string's replacement
 * fields are code, and are compared.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { findPython } from './examples';
import type { Prose, Token } from './twins';

/** A Python source read by tokenize: its code tokens and its prose. */
export interface PythonRead extends Prose {
  tokens: Token[];
}

const SCRIPT = resolve('tests/support/python_tokens.py');

/**
 * Reads several Python sources in one CPython process (one per file would cost a start-up each).
 * Throws when there is no CPython, or when a source does not tokenize.
 * @example readPython(['print("hi")  # say hi'])[0].tokens.map((t) => t.text) // ['print', '(', '<string>', ')', 'NEWLINE']
 */
export function readPython(sources: readonly string[]): PythonRead[] {
  const found = findPython();
  if ('missing' in found) throw new Error(found.missing);
  const r = spawnSync(found.python, ['-X', 'utf8', SCRIPT], { input: JSON.stringify(sources), encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${SCRIPT} failed: ${r.stderr}`);
  const read = JSON.parse(r.stdout) as ({ tokens: [string, number][]; comments: string[]; strings: string[] } | { error: string })[];
  return read.map((entry, i) => {
    if ('error' in entry) throw new Error(`source ${i + 1} does not tokenize: ${entry.error}`);
    return { tokens: entry.tokens.map(([text, line]) => ({ text, line })), comments: entry.comments, strings: entry.strings };
  });
}
