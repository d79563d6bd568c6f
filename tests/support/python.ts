import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Job } from './python-runner.ts';
import type { TraceEvent } from '../../src/playground/trace/types.ts';

export interface TwinResult {
  output: string;
  /** The traceback (or SyntaxError) the program died with, as the page shows it last. */
  failure?: string;
  /** The trace, when asked for. */
  events?: TraceEvent[];
  /** The run's time, boot not counted. */
  ms: number;
}

/**
 * Runs Python programs under Pyodide in `processes` Node processes (each program in a
 * fresh interpreter), as the sandbox runs them. One process per core at most: a program's
 * blocking `time.sleep` busy-waits, and must not hold back another's timers.
 */
export function createPythonPool(processes: number, options: { jspi?: boolean } = {}) {
  const children: ChildProcess[] = [];
  const idle: ChildProcess[] = [];
  const waiting: (() => void)[] = [];
  const running = new Map<string, { child: ChildProcess; done(r: TwinResult): void; fail(e: Error): void }>();
  let next = 0;
  for (let i = 0; i < processes; i++) {
    const child = spawn(process.execPath, ['--no-warnings', 'tests/support/python-runner.ts'], {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, ...(options.jspi === false && { PYTHON_NO_JSPI: '1' }) },
    });
    child.on('exit', (code) => {
      for (const [key, done] of running) if (done.child === child) done.fail(new Error(`the Python runner exited with ${code}`)), running.delete(key);
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const { key, ...result } = JSON.parse(line) as TwinResult & { key: string };
      running.get(key)?.done(result);
      running.delete(key);
      idle.push(child);
      waiting.shift()?.();
    });
    children.push(child);
    idle.push(child);
  }
  return {
    async run(source: string, filename: string, trace = false): Promise<TwinResult> {
      while (!idle.length) await new Promise<void>((r) => waiting.push(r));
      const child = idle.shift()!;
      const key = String(next++);
      return new Promise((done, fail) => {
        running.set(key, { child, done, fail });
        child.stdin!.write(JSON.stringify({ key, source, filename, trace } satisfies Job) + '\n');
      });
    },
    close() {
      for (const c of children) c.removeAllListeners('exit').kill();
    },
  };
}
