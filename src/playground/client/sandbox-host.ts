/**
 * The page's side of the sandbox: one hidden `sandbox="allow-scripts"` frame per page,
 * shared by every playground on it, reached over a private MessagePort.
 */
import { FRAME_READY, type ChecksCode, type FrameToPage, type PageToFrame, type RunCode, type SandboxMessages } from '../protocol';
import { fill } from '../../i18n/fill';

const SANDBOX_URL = `${import.meta.env.BASE_URL}sandbox.html`;
const listeners = new Map<number, (msg: FrameToPage) => void>();
let portReady: Promise<MessagePort> | undefined;
let nextRunId = 1;

function connect(): Promise<MessagePort> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.src = SANDBOX_URL;
    frame.title = 'Playground sandbox';
    frame.hidden = true;
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    const timer = setTimeout(() => reject(new Error('timed out')), 15_000);
    const onMessage = (e: MessageEvent) => {
      // An opaque-origin frame can only be told apart by its window, not its origin.
      if (e.source !== frame.contentWindow || e.data !== FRAME_READY) return;
      removeEventListener('message', onMessage);
      clearTimeout(timer);
      const channel = new MessageChannel();
      channel.port1.onmessage = (m: MessageEvent<FrameToPage>) => listeners.get(m.data?.runId)?.(m.data);
      frame.contentWindow!.postMessage('port', '*', [channel.port2]);
      resolve(channel.port1);
    };
    addEventListener('message', onMessage);
    document.body.append(frame);
  });
}

/** Starts the sandbox if it is not running yet (called early to hide its start-up). */
export function warmSandbox(): Promise<MessagePort> {
  portReady ??= connect().catch((err) => {
    portReady = undefined;
    throw err;
  });
  return portReady;
}

/**
 * Fetches what Python runs need, ahead (a reader pointed at Python): nothing of Pyodide
 * is fetched before this or a Python run. Failures wait for the run, which reports them.
 */
export function preparePython(): void {
  void import('./python-files').then((m) => m.pythonFiles()).catch(() => {});
}

let pythonSent: Promise<void> | undefined;

/** Hands the frame Pyodide's files, once (a failed fetch is tried again by the next run). */
function sendPythonFiles(port: MessagePort): Promise<void> {
  pythonSent ??= import('./python-files')
    .then((m) => m.pythonFiles())
    .then((files) => port.postMessage({ type: 'python-files', files } satisfies PageToFrame))
    .catch((err: unknown) => {
      pythonSent = undefined;
      throw err;
    });
  return pythonSent;
}

/** The run's answer to the watchdog: its pending timers, the soonest due `next` ms after the start. */
export type PendingTimers = Omit<Extract<FrameToPage, { type: 'pending' }>, 'type' | 'runId'>;

export interface RunHandle {
  runId: number;
  stop(): void;
  /** Asks the run about its timers; `undefined` when it does not answer in time (it is busy). */
  pendingTimers(waitMs?: number): Promise<PendingTimers | undefined>;
}

/** What a run runs (TypeScript when `language` is left out), and how. */
export type RunRequest = (RunCode | (Omit<Extract<RunCode, { language: 'ts' }>, 'language'> & { language?: 'ts' })) & {
  filename: string;
  messages: SandboxMessages;
  trace: boolean;
  /** An exercise's checks, run against the module (see protocol.ts). */
  checks?: ChecksCode;
};

/**
 * Runs compiled JavaScript, or a Python program, in a fresh worker; `onMessage` hears only
 * this run. A Python run that cannot get Pyodide's files ends with a message saying why.
 */
export async function startRun(code: RunRequest, onMessage: (msg: FrameToPage) => void): Promise<RunHandle> {
  const port = await warmSandbox();
  const runId = nextRunId++;
  const run = { ...code, language: code.language ?? 'ts' } as RunCode & RunRequest;
  if (run.language === 'py') {
    try {
      await sendPythonFiles(port);
    } catch (err) {
      const reason = String((err as Error)?.message ?? err);
      onMessage({ type: 'entries', runId, entries: [{ level: 'error', text: fill(code.messages.pythonBootFailed, { reason }), t: 0 }] });
      onMessage({ type: 'end', runId, status: 'error', elapsed: 0, dropped: 0 });
      return { runId, stop() {}, pendingTimers: async () => undefined };
    }
  }
  const send = (msg: PageToFrame) => port.postMessage(msg);
  let answer: ((timers: PendingTimers) => void) | undefined;
  listeners.set(runId, (msg) => {
    if (msg.type === 'pending') return answer?.({ timers: msg.timers, next: msg.next });
    if (msg.type === 'end') listeners.delete(runId);
    onMessage(msg);
  });
  send({ type: 'run', runId, ...run });
  return {
    runId,
    stop() {
      listeners.delete(runId);
      send({ type: 'stop', runId });
    },
    pendingTimers(waitMs = 300) {
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, waitMs, undefined);
        answer = (timers) => {
          clearTimeout(timer);
          resolve(timers);
        };
        send({ type: 'pending', runId });
      });
    },
  };
}
