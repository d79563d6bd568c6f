/**
 * Python's output as console lines. A program writes text in pieces (whatever it
 * flushes); the output shows lines. A piece that ends without a newline is shown at once
 * (`print(w, end="", flush=True)` streams, as on a terminal), and what comes next on the
 * same line is sent as its continuation (`joins`).
 */
import type { Entry } from '../../protocol.ts';
import type { StreamName } from './run.ts';

export type PythonLine = Pick<Entry, 'level' | 'text' | 'joins'>;

export function createLineSplitter(emit: (line: PythonLine) => void): (text: string, stream: StreamName) => void {
  // Whether the last line sent is still open (no newline yet): stdout and stderr share
  // it, as they share a terminal.
  let open = false;
  return (text, stream) => {
    const level = stream === 'err' ? 'error' : 'log';
    const pieces = text.split('\n');
    pieces.forEach((piece, i) => {
      const last = i === pieces.length - 1;
      if (last && piece === '') {
        open = false;
        return;
      }
      if (piece !== '' || !(i === 0 && open)) emit(i === 0 && open ? { level, text: piece, joins: true } : { level, text: piece });
      open = last;
    });
  };
}

/** Lines as a terminal shows them: continuations joined to the line they continue. */
export function linesText(lines: readonly Pick<Entry, 'text' | 'joins'>[]): string {
  return lines.map((l, i) => (i === 0 || l.joins ? l.text : `\n${l.text}`)).join('');
}
