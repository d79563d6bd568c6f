/**
 * The sandbox frame: a `sandbox="allow-scripts"` iframe with an opaque origin. It owns
 * the run workers (one per run, a spare kept warm so a run starts without waiting for a
 * worker to boot), checks every worker message for its run's token, and relays output
 * to the page over the port the page hands over.
 *
 * Python runs get workers of their own (see python/worker.ts): one live interpreter at a
 * time, booted from Pyodide's files the page handed over, then from the memory snapshot
 * and compiled module the first boot left here. After a Python run that ended by itself,
 * the next interpreter boots ahead, so a later run starts at once; after Stop none is left.
 */
import {
  FRAME_READY,
  type FrameToPage,
  type FrameToPythonWorker,
  type FrameToWorker,
  type PageToFrame,
  type PythonFiles,
  type PythonWorkerToFrame,
  type RunInit,
  type WorkerToFrame,
} from '../protocol';

declare const WORKER_SOURCE: string;

const workerUrl = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
const spawn = () => new Worker(workerUrl, { name: 'playground-run' });
// Boot a worker at once, so the first run does not wait for one.
let spare: Worker | undefined = spawn();
const runs = new Map<number, Worker>();
let port: MessagePort | undefined;

const token = () => Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('');

type RunMessage = Extract<PageToFrame, { type: 'run' }>;

// ---- Python: one interpreter at a time ----------------------------------------------
let pythonUrl: string | undefined;
let pythonFiles: PythonFiles | undefined;
const python: { snapshot?: Uint8Array; module?: WebAssembly.Module; spare?: Worker; runId?: number } = {};
/** Interpreters that have booted: a run given one starts its program at once. */
const booted = new WeakSet<Worker>();

/** Tells the page a Python run's program starts: booting (slow on some engines) is behind it. */
const started = (runId: number) => port?.postMessage({ type: 'started', runId } satisfies FrameToPage);

function spawnPython(files: PythonFiles): Worker {
  pythonUrl ??= URL.createObjectURL(files.worker);
  const worker = new Worker(pythonUrl, { name: 'python-run' });
  // Its word that it booted comes without a token: it is sent before any program runs.
  worker.addEventListener('message', (e: MessageEvent<PythonWorkerToFrame>) => {
    if (e.data?.type !== 'booted') return;
    python.snapshot ??= e.data.snapshot;
    python.module ??= e.data.module;
    booted.add(worker);
    if (python.runId !== undefined && runs.get(python.runId) === worker) started(python.runId);
  });
  const boot: FrameToPythonWorker = { type: 'boot', files, snapshot: python.snapshot, module: python.module };
  worker.postMessage(boot);
  return worker;
}

function runWorker(msg: RunMessage): Worker | undefined {
  if (msg.language === 'ts') {
    const worker = spare ?? spawn();
    spare = spawn();
    return worker;
  }
  if (!pythonFiles) return undefined;
  // One live interpreter: a Python run still going elsewhere on the page ends here.
  if (python.runId !== undefined && runs.has(python.runId)) {
    const replaced = python.runId;
    port?.postMessage({ type: 'entries', runId: replaced, entries: [{ level: 'error', text: msg.messages.pythonReplaced, t: 0 }] });
    port?.postMessage({ type: 'end', runId: replaced, status: 'error', elapsed: 0, dropped: 0 });
    stop(replaced);
  }
  const worker = python.spare ?? spawnPython(pythonFiles);
  python.spare = undefined;
  python.runId = msg.runId;
  return worker;
}

function run(msg: RunMessage): void {
  const worker = runWorker(msg);
  if (!worker) return;
  const secret = token();
  runs.set(msg.runId, worker);
  worker.onmessage = (e: MessageEvent<WorkerToFrame>) => {
    const data = e.data;
    if (!data || data.token !== secret || data.runId !== msg.runId) return;
    const { token: _token, ...report } = data;
    port?.postMessage(report);
    if (report.type !== 'end') return;
    stop(msg.runId);
    // The run ended by itself: boot the next interpreter now, off the next run's clock.
    if (msg.language === 'py' && pythonFiles && !python.spare && python.runId === undefined) python.spare = spawnPython(pythonFiles);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    port?.postMessage({ type: 'entries', runId: msg.runId, entries: [{ level: 'error', text: String(e.message), t: 0, uncaught: 'error' }] });
    port?.postMessage({ type: 'end', runId: msg.runId, status: 'error', elapsed: 0, dropped: 0 });
    stop(msg.runId);
  };
  const { runId, filename, messages, trace } = msg;
  if (msg.language === 'ts') {
    const init: RunInit = { type: 'init', token: secret, runId, js: msg.js, map: msg.map, using: msg.using, filename, messages, trace, checks: msg.checks };
    worker.postMessage(init);
  } else {
    const init: FrameToPythonWorker = { type: 'init', token: secret, runId, source: msg.source, filename, messages, trace };
    worker.postMessage(init);
    if (booted.has(worker)) started(runId);
  }
}

function stop(runId: number): void {
  runs.get(runId)?.terminate();
  runs.delete(runId);
  if (python.runId === runId) python.runId = undefined;
}

addEventListener('message', (e: MessageEvent) => {
  if (e.source !== parent || port || !e.ports[0]) return;
  port = e.ports[0];
  port.onmessage = (m: MessageEvent<PageToFrame>) => {
    if (m.data?.type === 'run') run(m.data);
    else if (m.data?.type === 'stop') stop(m.data.runId);
    else if (m.data?.type === 'pending') runs.get(m.data.runId)?.postMessage({ type: 'pending' } satisfies FrameToWorker);
    else if (m.data?.type === 'python-files') pythonFiles ??= m.data.files;
  };
});
parent.postMessage(FRAME_READY, '*');
