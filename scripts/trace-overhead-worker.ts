// The Chromium side of scripts/trace-overhead.mjs: a worker that runs one program the way
// the sandbox worker would (`plain`: no hooks; `dormant`: hooks that record nothing, the
// timeline closed; `traced`: the trace recorded) and posts back what it printed.
import { startTracing } from '../src/playground/trace/runtime';
import { MAX_EVENTS, type TraceEvent } from '../src/playground/trace/types';
import { trackPromises } from '../src/playground/sandbox/promise-state';

type Mode = 'plain' | 'dormant' | 'traced';
const scope = globalThis as unknown as { onmessage: (e: MessageEvent<{ js: string; mode: Mode }>) => void; postMessage(m: unknown): void };

scope.onmessage = async ({ data: { js, mode } }) => {
  const clock = performance.now.bind(performance);
  const t0 = clock();
  const events: TraceEvent[] = [];
  // Instrumented code calls the promise hooks too, whatever the timeline (one worker per run).
  if (mode !== 'plain') trackPromises();
  const tracer = mode === 'plain' ? undefined : startTracing(mode === 'traced' ? { now: () => clock() - t0, record: (e) => void events.push(e), maxEvents: MAX_EVENTS } : undefined);
  let out = '';
  let lines = 0;
  const print = (...args: unknown[]) => {
    tracer?.log(lines++);
    out += `${args.join(' ')}\n`;
  };
  Object.assign(console, { log: print, error: print });
  await import(/* @vite-ignore */ URL.createObjectURL(new Blob([js], { type: 'text/javascript' })));
  scope.postMessage(out);
};
