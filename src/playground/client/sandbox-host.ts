/**
 * The page's side of the sandbox: one hidden `sandbox="allow-scripts"` frame per page,
 * shared by every playground on it, reached over a private MessagePort.
 */
import { FRAME_READY, type FrameToPage, type PageToFrame, type SandboxMessages, type UsingDeclarations } from '../protocol';

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

/** The run's answer to the watchdog: its pending timers, the soonest due `next` ms after the start. */
export type PendingTimers = Omit<Extract<FrameToPage, { type: 'pending' }>, 'type' | 'runId'>;

export interface RunHandle {
  runId: number;
  stop(): void;
  /** Asks the run about its timers; `undefined` when it does not answer in time (it is busy). */
  pendingTimers(waitMs?: number): Promise<PendingTimers | undefined>;
}

/** Runs compiled JavaScript in a fresh worker; `onMessage` hears only this run. */
export async function startRun(
  code: { js: string; map?: string; using?: UsingDeclarations; filename: string; messages: SandboxMessages; trace: boolean },
  onMessage: (msg: FrameToPage) => void,
): Promise<RunHandle> {
  const port = await warmSandbox();
  const runId = nextRunId++;
  const send = (msg: PageToFrame) => port.postMessage(msg);
  let answer: ((timers: PendingTimers) => void) | undefined;
  listeners.set(runId, (msg) => {
    if (msg.type === 'pending') return answer?.({ timers: msg.timers, next: msg.next });
    if (msg.type === 'end') listeners.delete(runId);
    onMessage(msg);
  });
  send({ type: 'run', runId, ...code });
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
