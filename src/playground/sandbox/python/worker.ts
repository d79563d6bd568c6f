/**
 * A Python run's worker: one per run, like the TypeScript one, created by the sandbox
 * frame (a classic Blob worker: the frame cannot start module workers) and terminated by
 * Stop. It boots Pyodide from the files the page handed over as Blobs (so no host needs
 * CORS, MIME types or a CDN), from the frame's memory snapshot when there is one, then
 * runs the program through run.ts, as the Node harness does, into the same output
 * batching and capping as TypeScript.
 */
import type { loadPyodide as LoadPyodide } from 'pyodide';
import type { FrameToPythonWorker, PythonBoot, PythonRunInit, PythonWorkerToFrame, WorkerToFrame } from '../../protocol';
import { createOutput, type Report } from '../output';
import { bootPython, type Booted } from './boot';
import { runPython } from './run';
import { createLineSplitter } from './lines';
import { MAX_EVENTS } from '../../trace/types';
import { installGuards } from '../guards';
import { fill } from '../../../i18n/fill';
import PRELUDE from './prelude.py';
import TRACE from './trace.py';

interface WorkerScope {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<FrameToPythonWorker>) => void): void;
  addEventListener(type: 'securitypolicyviolation', listener: (e: SecurityPolicyViolationEvent) => void): void;
  setTimeout(handler: () => void, ms?: number): number;
  clearTimeout(id?: number): void;
  fetch: typeof fetch;
  importScripts?: unknown;
}
const self = globalThis as unknown as WorkerScope;
const post = self.postMessage.bind(self);
const realSetTimeout = self.setTimeout.bind(self);
const realClearTimeout = self.clearTimeout.bind(self);
const now: () => number = performance.now.bind(performance);

/** Why a boot failed, in words for the reader (the page's message adds "Python could not start"). */
class BootError extends Error {}

/** Boots the interpreter the run will use, or fails with the reason. */
async function boot(msg: PythonBoot): Promise<Booted> {
  if (typeof WebAssembly !== 'object') throw new BootError('WebAssembly is not available');
  const url = (blob: Blob) => URL.createObjectURL(blob);
  // Pyodide 314 refuses classic workers, which it detects by importScripts working; the
  // frame can only start classic ones, and the loader needs nothing importScripts does.
  self.importScripts = undefined;
  const [{ loadPyodide }, asm] = await Promise.all([
    import(/* @vite-ignore */ url(msg.files.mjs)) as Promise<{ loadPyodide: typeof LoadPyodide }>,
    import(/* @vite-ignore */ url(msg.files.asm)) as Promise<{ default: unknown }>,
  ]);
  // The loader fetches the wasm by name from its index URL: answer with the Blob.
  const realFetch = self.fetch.bind(self);
  self.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).endsWith('/pyodide.asm.wasm')
      ? Promise.resolve(new Response(msg.files.wasm, { headers: { 'Content-Type': 'application/wasm' } }))
      : realFetch(input, init);
  // A failed instantiation only logs a warning and leaves loadPyodide pending for ever
  // (a CSP without 'wasm-unsafe-eval', say): catch it to fail with its reason. With the
  // frame's compiled module, instantiate that instead of compiling again.
  let failed: (err: unknown) => void = () => {};
  const failure = new Promise<never>((_, reject) => (failed = reject));
  const instantiateStreaming = WebAssembly.instantiateStreaming.bind(WebAssembly);
  let compiled = msg.module;
  WebAssembly.instantiateStreaming = async (source, imports) => {
    try {
      if (compiled) return { module: compiled, instance: await WebAssembly.instantiate(compiled, imports) };
      const result = await instantiateStreaming(source, imports);
      compiled = result.module;
      return result;
    } catch (err) {
      failed(new BootError(`WebAssembly: ${(err as Error)?.message ?? err}`));
      throw err;
    }
  };
  const booted = await Promise.race([
    bootPython(loadPyodide, { prelude: PRELUDE, trace: TRACE }, {
      createPyodideModule: asm.default as never,
      stdLibURL: url(msg.files.stdlib),
      indexURL: 'https://pyodide.invalid/',
    }, msg.snapshot),
    failure,
  ]);
  // What makes the next run fast: the snapshot (made by a cold boot) and the compiled module.
  const report: PythonWorkerToFrame = { type: 'booted', snapshot: booted.snapshot, module: msg.module ? undefined : compiled };
  post(report, booted.snapshot ? [booted.snapshot.buffer] : []);
  return booted;
}

let booting: Promise<Booted> | undefined;

self.addEventListener('message', (e) => {
  const msg = e.data;
  if (msg?.type === 'boot' && !booting) {
    booting = boot(msg);
    booting.catch(() => {}); // reported by the run that waits for it
  } else if (msg?.type === 'init' && booting) {
    void start(msg, booting);
  }
});

async function start(init: PythonRunInit, booting: Promise<Booted>): Promise<void> {
  const { token, runId } = init;
  const send = (msg: Report) => post({ ...msg, token, runId } as WorkerToFrame);
  let t0 = now();
  const output = createOutput({ send, clock: () => now() - t0, setTimeout: realSetTimeout, clearTimeout: realClearTimeout });
  let booted: Booted;
  try {
    booted = await booting;
  } catch (err) {
    const reason = err instanceof BootError ? err.message : String((err as Error)?.message ?? err);
    output.emit({ level: 'error', text: fill(init.messages.pythonBootFailed, { reason }) });
    return output.end('error', 0);
  }
  // From here on the program runs: it must not post as the sandbox, nor start workers.
  Object.defineProperty(self, 'postMessage', { value: () => {}, configurable: false, writable: false });
  installGuards(self, init.messages, (text) => output.emit({ level: 'warn', text }));
  t0 = now();
  const { failure } = await runPython(booted.py, {
    source: init.source,
    filename: init.filename,
    messages: { input: init.messages.pythonInput, import: init.messages.pythonImport, nested: init.messages.pythonNestedRun },
    write: createLineSplitter((line) => output.emit(line)),
    trace: init.trace ? {
      emit: output.record,
      now: () => now() - t0,
      maxEvents: MAX_EVENTS,
      onLimit: () => send({ type: 'trace-truncated', maxEvents: MAX_EVENTS }),
    } : undefined,
  });
  if (failure !== undefined && failure !== '') output.emit({ level: 'error', text: failure.replace(/\n$/, ''), uncaught: 'error' });
  output.end(failure === undefined ? 'done' : 'error');
}
