/**
 * The sandbox frame: a `sandbox="allow-scripts"` iframe with an opaque origin. It owns
 * the run workers (one per run, a spare kept warm so a run starts without waiting for a
 * worker to boot), checks every worker message for its run's token, and relays output
 * to the page over the port the page hands over.
 */
import { FRAME_READY, type FrameToWorker, type PageToFrame, type RunInit, type WorkerToFrame } from '../protocol';

declare const WORKER_SOURCE: string;

const workerUrl = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
const spawn = () => new Worker(workerUrl, { name: 'playground-run' });
// Boot a worker at once, so the first run does not wait for one.
let spare: Worker | undefined = spawn();
const runs = new Map<number, Worker>();
let port: MessagePort | undefined;

const token = () => Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('');

function run(msg: Extract<PageToFrame, { type: 'run' }>): void {
  const worker = spare ?? spawn();
  spare = spawn();
  const secret = token();
  runs.set(msg.runId, worker);
  worker.onmessage = (e: MessageEvent<WorkerToFrame>) => {
    const data = e.data;
    if (!data || data.token !== secret || data.runId !== msg.runId) return;
    const { token: _token, ...report } = data;
    port?.postMessage(report);
    if (report.type === 'end') stop(msg.runId);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    port?.postMessage({ type: 'entries', runId: msg.runId, entries: [{ level: 'error', text: String(e.message), t: 0, uncaught: 'error' }] });
    port?.postMessage({ type: 'end', runId: msg.runId, status: 'error', elapsed: 0, dropped: 0 });
    stop(msg.runId);
  };
  const init: RunInit = { type: 'init', token: secret, runId: msg.runId, js: msg.js, map: msg.map, using: msg.using, filename: msg.filename, messages: msg.messages, trace: msg.trace };
  worker.postMessage(init);
}

function stop(runId: number): void {
  runs.get(runId)?.terminate();
  runs.delete(runId);
}

addEventListener('message', (e: MessageEvent) => {
  if (e.source !== parent || port || !e.ports[0]) return;
  port = e.ports[0];
  port.onmessage = (m: MessageEvent<PageToFrame>) => {
    if (m.data?.type === 'run') run(m.data);
    else if (m.data?.type === 'stop') stop(m.data.runId);
    else if (m.data?.type === 'pending') runs.get(m.data.runId)?.postMessage({ type: 'pending' } satisfies FrameToWorker);
  };
});
parent.postMessage(FRAME_READY, '*');
