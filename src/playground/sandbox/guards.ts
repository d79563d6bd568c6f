/**
 * What example code may not do in the sandbox, said plainly instead of failing oddly.
 *
 * - Start workers: a run is one worker, and a worker that starts two more, each of which
 *   starts two more, eats the machine long before anyone presses Stop.
 * - Reach the network: the sandbox page's Content-Security-Policy refuses it (see
 *   build/sandbox-html.ts); here the refusal is reported, since `fetch` only says
 *   "Failed to fetch" and a WebSocket fails silently.
 */
import { fill } from '../../i18n/fill';
import type { SandboxMessages } from '../protocol';

interface GuardedScope {
  addEventListener(type: 'securitypolicyviolation', listener: (e: SecurityPolicyViolationEvent) => void): void;
}

const NETWORK_URL = /^(?:https?|wss?):/i;

export function installGuards(scope: GuardedScope, messages: SandboxMessages, warn: (text: string) => void): void {
  for (const name of ['Worker', 'SharedWorker']) {
    if (!(name in scope)) continue;
    // A plain function, so `new Worker(…)` reaches it and throws the sandbox's reason.
    const refuse = function Worker() { throw new TypeError(messages.workerRefused); };
    Object.defineProperty(scope, name, { value: refuse, configurable: false, writable: false });
  }
  scope.addEventListener('securitypolicyviolation', (e) => {
    // `eval` and friends are refused by the same policy, but throw a clear error of their own.
    if (NETWORK_URL.test(e.blockedURI)) warn(fill(messages.networkRefused, { url: e.blockedURI }));
  });
}
