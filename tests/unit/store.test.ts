// The playground's store without a page: runs, Run all, Stop, edited code and the
// watchdog, against a fake sandbox that answers like the real one.
import { describe, expect, test, vi } from 'vitest';
import { PlaygroundStore, type StoreDeps, type StoreEvent } from '../../src/playground/client/store';
import type { FrameToPage } from '../../src/playground/protocol';
import type { ExampleData } from '../../src/playground/client/types';
import en from '../../src/i18n/en.json';

const strings = Object.fromEntries(Object.entries(en).filter(([k]) => k.startsWith('pg.')).map(([k, v]) => [k.slice(3), v]));
const variant = (label: string, js: string): ExampleData => ({ id: `x/${label}`, filename: `${label}.ts`, source: `// ${label}`, js, map: '', label, open: '' });

/** A sandbox whose runs print the JavaScript they were given and end after `ms`. */
function fakeSandbox(ms = 5) {
  const stopped: string[] = [];
  const startRun: StoreDeps['startRun'] = async (run, onMessage) => {
    const code = { js: 'js' in run ? run.js : run.source };
    let live = true;
    setTimeout(() => {
      if (!live) return;
      const msg = (m: FrameToPage) => live && onMessage(m);
      msg({ type: 'entries', runId: 1, entries: [{ level: 'log', text: code.js, t: 1 }], events: [{ t: 0, task: 1, kind: 'task', name: 'job', args: [], gen: false, parent: 0 }] });
      msg({ type: 'end', runId: 1, status: 'done', elapsed: code.js === 'slow' ? 300 : 100, dropped: 0 });
    }, code.js === 'hang' || code.js === 'waits' ? 1e9 : ms);
    // A run of 'waits' has finished its code but left a timer due in 11.6 days.
    const pendingTimers = async () => (code.js === 'waits' ? { timers: 1, next: 1e9 } : undefined);
    return { stop: () => { live = false; stopped.push(code.js); }, pendingTimers };
  };
  return { startRun, stopped };
}

function store(variants: ExampleData[], overrides: Partial<StoreDeps> = {}) {
  const sandbox = fakeSandbox();
  const s = new PlaygroundStore(variants, { strings, startRun: sandbox.startRun, compile: async () => ({ js: 'edited', syntax: [], types: [] }), watchdogMs: 20_000, ...overrides });
  const seen: StoreEvent[] = [];
  s.subscribe((e) => seen.push(e));
  return { s, seen, sandbox };
}

describe('PlaygroundStore', () => {
  test("a check run hands the exercise's checks to the sandbox, traced, and reports each check's outcome", async () => {
    const requests: Parameters<StoreDeps['startRun']>[0][] = [];
    const startRun: StoreDeps['startRun'] = async (run, onMessage) => {
      requests.push(run);
      setTimeout(() => {
        onMessage({ type: 'check', runId: 1, index: 0, outcome: { result: 'pass', from: 1, to: 2 } });
        onMessage({ type: 'end', runId: 1, status: 'done', elapsed: 3, dropped: 0 });
      }, 1);
      return { stop() {}, pendingTimers: async () => undefined };
    };
    const { s, seen } = store([variant('a', 'code')], { startRun });
    s.tracing = false;
    await s.run({ js: 'the checks' });
    expect(requests[0]).toMatchObject({ js: 'code', trace: true, checks: { js: 'the checks' } });
    const checks = seen.filter((e) => e.type === 'check');
    expect(checks).toEqual([{ type: 'check', run: s.runs[0], index: 0, outcome: { result: 'pass', from: 1, to: 2 } }]);
    // A plain run carries no checks.
    await s.run();
    expect(requests[1]).not.toHaveProperty('checks');
  });

  test('a run keeps its lines and trace, ends done, and joins the history', async () => {
    const { s, seen } = store([variant('a', 'hello')]);
    const outcome = await s.run();
    expect(outcome).toEqual({ status: 'done', elapsed: 100 });
    expect(s.runs).toHaveLength(1);
    expect(s.runs[0].entries.map((e) => e.text)).toEqual(['hello']);
    expect(s.runs[0].events.map((e) => e.kind)).toEqual(['task']);
    expect(s.history).toEqual([{ label: 'a', language: 'ts', edited: false, status: 'done', elapsed: 100 }]);
    expect(seen.filter((e) => e.type === 'state').map((e) => (e as { state: string }).state)).toEqual(['running', 'done']);
  });

  test('a run records a trace only while the store is told to trace', async () => {
    const traced: boolean[] = [];
    const sandbox = fakeSandbox();
    const { s } = store([variant('a', 'hello')], { startRun: (code, onMessage) => (traced.push(code.trace), sandbox.startRun(code, onMessage)) });
    await s.run();
    s.tracing = false;
    await s.run();
    expect(traced).toEqual([true, false]);
    expect(s.runs[0].traced).toBe(false);
  });

  test('Run all runs every variant into one output and charts them', async () => {
    const { s, seen } = store([variant('sequential', 'slow'), variant('concurrent', 'fast')]);
    await s.runAll();
    expect(s.runs.map((r) => [r.label, r.elapsed])).toEqual([['sequential', 300], ['concurrent', 100]]);
    const chart = seen.find((e) => e.type === 'chart');
    expect(chart).toMatchObject({ title: strings.compare, measures: [{ label: 'sequential', ms: 300 }, { label: 'concurrent', ms: 100 }] });
    expect(seen.some((e) => e.type === 'batch-end')).toBe(true);
    expect(s.current).toBe(0);
  });

  test('Stop ends the run, says so, and a Run all stops with it', async () => {
    const { s, seen, sandbox } = store([variant('a', 'hang'), variant('b', 'fast')]);
    const all = s.runAll();
    await vi.waitFor(() => expect(s.state).toBe('running'));
    await new Promise((r) => setTimeout(r, 10));
    s.stop();
    await all;
    expect(s.state).toBe('stopped');
    expect(sandbox.stopped).toContain('hang');
    expect(s.runs).toHaveLength(1);
    expect(seen.some((e) => e.type === 'notice' && e.notice.text === strings.stoppedByUser)).toBe(true);
    expect(seen.some((e) => e.type === 'chart')).toBe(false);
  });

  test('edited code is compiled; syntax errors stop it with the diagnostics', async () => {
    const compile = vi.fn(async (source: string) =>
      source.includes('(') ? { js: '', syntax: [{ message: "')' expected.", line: 1, column: 5, code: 1005 }], types: [] } : { js: 'edited', syntax: [], types: [] });
    const { s, seen } = store([variant('a', 'original')], { compile });
    s.setCode(0, 'fine');
    await s.run();
    expect(s.runs[0].entries[0].text).toBe('edited');
    expect(s.history[0].edited).toBe(true);
    s.setCode(0, 'f(');
    seen.length = 0;
    expect((await s.run()).status).toBe('error');
    // The errors are listed once, by the diagnostics; the output says only that nothing ran.
    expect(seen.find((e) => e.type === 'diagnostics')).toMatchObject({ syntax: [{ code: 1005 }] });
    const notices = seen.filter((e) => e.type === 'notice').map((e) => (e as { notice: { text: string } }).notice.text);
    expect(notices).toEqual([strings.notRun]);
    // Nothing ran: no run record (so no empty timeline), and the status does not say "finished".
    expect(s.runs).toEqual([]);
    expect(seen.some((e) => e.type === 'run-start')).toBe(false);
    expect(seen.filter((e) => e.type === 'status').map((e) => (e as { text: string }).text).at(-1)).toBe(strings['state.notRun']);
    s.reset();
    expect(s.isEdited()).toBe(false);
  });

  test('each tab shows its own last output; choosing a tab draws it again, labelled', async () => {
    const { s, seen } = store([variant('sequential', 'slow'), variant('concurrent', 'fast')]);
    await s.run();
    seen.length = 0;
    s.select(1);
    // Concurrent has not run: its output is empty and says whose it is.
    expect(s.runs).toEqual([]);
    expect(seen.find((e) => e.type === 'view')).toEqual({ type: 'view', variant: 1, language: 'ts', label: 'concurrent', empty: true });
    await s.run();
    expect(s.runs.map((r) => r.label)).toEqual(['concurrent']);
    seen.length = 0;
    s.select(0);
    // Sequential's own run comes back, drawn from what it printed, marked as a replay.
    expect(s.runs.map((r) => [r.label, r.elapsed])).toEqual([['sequential', 300]]);
    const replayed = seen.filter((e) => e.replay);
    expect(replayed.map((e) => e.type)).toEqual(['clear', 'view', 'run-start', 'output', 'run-end']);
    expect(replayed.find((e) => e.type === 'output')).toMatchObject({ entries: [{ text: 'slow' }], first: 0 });
    // Replays are not new runs: the history still has two.
    expect(s.history).toHaveLength(2);
  });

  test('after Run all every tab shows the whole batch, and a tab run alone gets its own output back', async () => {
    const { s, seen } = store([variant('sequential', 'slow'), variant('concurrent', 'fast')]);
    await s.runAll();
    s.select(1);
    expect(s.runs.map((r) => r.label)).toEqual(['sequential', 'concurrent']);
    await s.run();
    expect(s.runs.map((r) => r.label)).toEqual(['concurrent']);
    seen.length = 0;
    s.select(0);
    expect(s.runs.map((r) => r.label)).toEqual(['sequential', 'concurrent']);
    expect(seen.find((e) => e.type === 'view')).toMatchObject({ variant: 'all' });
    expect(seen.find((e) => e.type === 'chart')).toMatchObject({ title: strings.compare });
  });

  test('a running run keeps its output when another tab is chosen', async () => {
    const { s, seen } = store([variant('a', 'hang'), variant('b', 'fast')]);
    void s.run();
    await vi.waitFor(() => expect(s.runs).toHaveLength(1));
    seen.length = 0;
    s.select(1);
    expect(s.runs.map((r) => r.label)).toEqual(['a']);
    expect(seen.some((e) => e.type === 'clear')).toBe(false);
    s.stop();
  });

  test('Run all decides once whether to trace, for every variant', async () => {
    const traced: boolean[] = [];
    const sandbox = fakeSandbox();
    const { s } = store([variant('a', 'fast'), variant('b', 'fast'), variant('c', 'fast')], {
      startRun: (code, onMessage) => (traced.push(code.trace), sandbox.startRun(code, onMessage)),
    });
    // As the timeline does when the first run taught nothing: it stays closed and stops tracing.
    s.subscribe((e) => {
      if (e.type === 'run-end') s.tracing = false;
    });
    await s.runAll();
    expect(traced).toEqual([true, true, true]);
  });

  test('the watchdog stops a run that does not end', async () => {
    const { s, seen, sandbox } = store([variant('a', 'hang')], { watchdogMs: 300 });
    const outcome = await s.run();
    expect(outcome.status).toBe('error');
    expect(sandbox.stopped).toEqual(['hang']);
    expect(seen.some((e) => e.type === 'notice' && e.notice.level === 'error' && e.notice.text.startsWith('Stopped after'))).toBe(true);
  });

  test('the watchdog names a pending timer and when it would fire', async () => {
    const { s, seen, sandbox } = store([variant('a', 'waits')], { watchdogMs: 300 });
    expect((await s.run()).status).toBe('error');
    expect(sandbox.stopped).toEqual(['waits']);
    const notice = seen.find((e) => e.type === 'notice' && e.notice.level === 'error');
    expect(notice).toMatchObject({ notice: { text: expect.stringMatching(/^Stopped after 300 ms: the code itself had finished, but 1 timer\(s\) were still pending, the next due in 11\.6 days\./) } });
  });
});
