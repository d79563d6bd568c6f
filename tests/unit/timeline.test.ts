// The timeline model, from real traced runs: lanes, spans, markers and links say what the
// program did (who overlapped, who waited for whom), not what a test wished.
import { describe, expect, test } from 'vitest';
import { buildTimeline, prefersOrderMode, timelineTeaches, type Lane, type TimelineModel } from '../../src/playground/trace/lanes';
import { runTracedSource } from '../support/traced';
import { describeEvent, waitReasons } from '../../src/playground/trace/describe';
import { fitText, hasWide, labelColumn, placeLabels, textWidth, timelineWidth, MAX_LABEL_W, MIN_WIDTH } from '../../src/playground/output/timeline-layout';

const SLEEP = 'const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));\n';

async function timeline(source: string): Promise<{ model: TimelineModel; output: string }> {
  const run = await runTracedSource(SLEEP + source, 'timeline-test');
  expect(run.code, run.output).toBe(0);
  return { model: buildTimeline(run.events), output: run.output };
}
const laneOf = (m: TimelineModel, label: string): Lane => {
  const l = m.lanes.find((x) => x.label === label);
  if (!l) throw new Error(`no lane ${label} in ${m.lanes.map((x) => x.label).join(', ')}`);
  return l;
};
const waits = (l: Lane) => l.spans.filter((s) => s.kind === 'wait');

describe('timeline from traced runs', () => {
  test('three concurrent sleeps: three lanes whose timer waits overlap', async () => {
    const { model } = await timeline(`
      async function task(id: number) { await sleep(100); return id; }
      await Promise.all([task(1), task(2), task(3)]);`);
    const lanes = ['task(1)', 'task(2)', 'task(3)'].map((n) => laneOf(model, n));
    const spans = lanes.map((l) => waits(l)[0]);
    for (const s of spans) expect(s.on).toEqual({ kind: 'timer', ms: 100 });
    expect(Math.max(...spans.map((s) => s.from))).toBeLessThan(Math.min(...spans.map((s) => s.to)));
    for (const l of lanes) expect(l.markers.at(-1)?.kind).toBe('resolve');
    // The module waited on Promise.all until the last task was done.
    const main = waits(model.lanes[0])[0];
    expect(main.to).toBeGreaterThanOrEqual(Math.max(...spans.map((s) => s.to)));
    expect(timelineTeaches(model)).toBe(true);
  });

  test('three sequential sleeps: each wait starts after the previous one ended', async () => {
    const { model } = await timeline(`
      async function task(id: number) { await sleep(60); return id; }
      for (const id of [1, 2, 3]) await task(id);`);
    const spans = ['task(1)', 'task(2)', 'task(3)'].map((n) => waits(laneOf(model, n))[0]);
    expect(spans[1].from).toBeGreaterThanOrEqual(spans[0].to);
    expect(spans[2].from).toBeGreaterThanOrEqual(spans[1].to);
    // The module's waits are explained by the task that ended them.
    expect(waits(model.lanes[0]).map((s) => s.on)).toEqual(
      [1, 2, 3].map((id) => ({ kind: 'task', target: laneOf(model, `task(${id})`).task })),
    );
  });

  test('an async generator with a slow consumer never runs ahead of its requests', async () => {
    const { model } = await timeline(`
      async function* numbers() { for (let i = 1; i <= 3; i++) { await sleep(10); yield i; } }
      for await (const n of numbers()) { console.log(n); await sleep(50); }`);
    const gen = laneOf(model, 'numbers');
    expect(gen.gen).toBe(true);
    const yields = gen.markers.filter((m) => m.kind === 'yield');
    expect(yields.map((m) => m.detail)).toEqual(['1', '2', '3']);
    const nexts = model.lanes[0].markers.filter((m) => m.kind === 'next');
    expect(nexts).toHaveLength(4);
    // Every yield answers a request made before it; the last request is answered by the end.
    const links = model.links.filter((k) => k.to.task === gen.task);
    expect(links).toHaveLength(4);
    for (const k of links) expect(k.to.seq).toBeGreaterThan(k.from.seq);
    yields.forEach((y, i) => expect(y.seq).toBeGreaterThan(nexts[i].seq));
    // Between two yields the generator waits for its consumer: it does not compute ahead.
    expect(waits(gen).filter((s) => s.on?.kind === 'consumer')).toHaveLength(3);
    // The consumer's loop waits on next() of this generator.
    expect(waits(model.lanes[0]).some((s) => s.on?.kind === 'next' && s.on.target === gen.task)).toBe(true);
  });

  test('break out of for await: return() reaches the generator, its finally runs first', async () => {
    const { model, output } = await timeline(`
      async function* ticks() { try { for (let i = 0; ; i++) yield i; } finally { console.log('cleanup'); } }
      for await (const t of ticks()) if (t === 1) break;
      console.log('after the loop');`);
    expect(output.trim().split('\n')).toEqual(['cleanup', 'after the loop']);
    const gen = laneOf(model, 'ticks');
    const ret = model.lanes[0].markers.find((m) => m.kind === 'return');
    expect(ret?.target).toBe(gen.task);
    const cleanup = gen.markers.find((m) => m.kind === 'log');
    const end = gen.markers.find((m) => m.kind === 'resolve');
    const after = model.lanes[0].markers.find((m) => m.kind === 'log');
    expect(cleanup!.line).toBe(0);
    expect(ret!.seq).toBeLessThan(cleanup!.seq);
    expect(cleanup!.seq).toBeLessThan(end!.seq);
    expect(end!.seq).toBeLessThan(after!.seq);
  });

  test('a microtask-only program is read by order: promise jobs before the timer', async () => {
    const { model, output } = await timeline(`
      setTimeout(() => console.log('timer'), 0);
      async function job() { console.log('job starts'); await null; console.log('job resumes'); }
      void job();
      await Promise.resolve();
      console.log('module resumes');`);
    expect(output.trim().split('\n')).toEqual(['job starts', 'job resumes', 'module resumes', 'timer']);
    expect(prefersOrderMode(model)).toBe(true);
    const job = laneOf(model, 'job');
    expect(job.markers.filter((m) => m.kind === 'log').map((m) => m.line)).toEqual([0, 1]);
    expect(waits(job)[0].on).toEqual({ kind: 'value' });
    // The timer's callback printed on the lane of the code that set it.
    const mainLogs = model.lanes[0].markers.filter((m) => m.kind === 'log').map((m) => m.line);
    expect(mainLogs).toEqual([2, 3]);
    expect(model.lanes[0].markers.filter((m) => m.kind === 'timer').map((m) => m.phase)).toEqual(['set', 'fire']);
  });

  test('a program that blocks for longer than order mode allows is drawn by time, even without a timer', async () => {
    const { model } = await timeline(`
      const busy = (ms: number) => { const end = performance.now() + ms; while (performance.now() < end); };
      async function job() { busy(60); await null; console.log('done'); }
      await job();`);
    expect(model.longestTimer).toBe(0);
    expect(prefersOrderMode(model)).toBe(false);
  });

  test('a rejected task ends with a reject marker that names the error', async () => {
    const { model } = await timeline(`
      async function broken() { await sleep(10); throw new TypeError('boom'); }
      try { await broken(); } catch (err) { console.log('caught', (err as Error).message); }`);
    const lane = laneOf(model, 'broken');
    expect(lane.markers.at(-1)).toMatchObject({ kind: 'reject', detail: 'TypeError: boom' });
    expect(lane.spans.every((s) => !s.open)).toBe(true);
  });

  test('CPU-bound tasks take turns: no two lanes run at the same moment', async () => {
    const { model } = await timeline(`
      const busy = (ms: number) => { const end = performance.now() + ms; while (performance.now() < end); };
      async function* work(id: number) { for (let i = 0; i < 2; i++) { busy(15); yield id; } }
      async function consume(id: number) { for await (const _ of work(id)); }
      await Promise.all([consume(1), consume(2)]);`);
    const runs = model.lanes.flatMap((l) => l.spans.filter((s) => s.kind === 'run' && s.to > s.from).map((s) => ({ ...s, lane: l.label })));
    runs.sort((a, b) => a.seqFrom - b.seqFrom);
    for (let i = 1; i < runs.length; i++) expect(runs[i].seqFrom, `${runs[i].lane} starts inside ${runs[i - 1].lane}`).toBeGreaterThanOrEqual(runs[i - 1].seqTo);
    // The busy spans belong to the generators, not to their callers waiting on the stack.
    const busiest = runs.reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));
    expect(busiest.lane).toMatch(/^work\(\d\)$/);
  });

  test('repeated arguments are numbered, and a callback is named after the function it was handed to', async () => {
    const { model } = await timeline(`
      async function read(name: string) { await sleep(5); return name; }
      for (const name of ['a', 'b']) await read(name);
      await Promise.all(['a', 'b'].map(read));
      await Promise.all([1, 2].map(async () => 0));
      await (async () => 1)();`);
    expect(model.lanes.map((l) => l.label)).toEqual(['', "read('a')#1", "read('b')#1", "read('a')#2", "read('b')#2", 'map callback#1', 'map callback#2', 'anonymous']);
    const { events } = await runTracedSource(SLEEP + 'await Promise.all([1].map(async () => 0));', 'timeline-test');
    const zh = buildTimeline(events, undefined, { anonymous: '匿名函数', callback: '{callee} 的回调' });
    expect(zh.lanes.map((l) => l.label)).toEqual(['', 'map 的回调']);
  });

  test('the table and the tooltips say the same: a wait explained by the whole trace, a printed line by its text', async () => {
    const run = await runTracedSource(SLEEP + `
      async function* numbers() { yield 1; }
      for await (const n of numbers()) console.log('got', n);`, 'timeline-test');
    const model = buildTimeline(run.events);
    const gen = laneOf(model, 'numbers');
    const s = { 'timeline.wait.next': 'waits for the next value of {task}', 'timeline.wait.promise': 'waits for a promise', 'timeline.wait.value': 'awaits a plain value', 'timeline.wait.consumer': 'waits for its consumer', 'timeline.ev.log': 'prints line {line}', 'timeline.ev.logText': 'prints “{text}”' };
    const d = { labelOf: (t: number) => (t === gen.task ? 'numbers' : 'top level'), s, waitAt: waitReasons(model), lineText: (line: number) => ['got 1'][line] };
    const words = run.events.map((e, seq) => (e.kind === 'wait' || e.kind === 'log' ? describeEvent(e, seq, d) : '')).filter(Boolean);
    expect(words).toContain('waits for the next value of numbers');
    expect(words).toContain('prints “got 1”');
    expect(words).not.toContain('prints line 1');
  });

  test('repeated names without telling arguments are numbered', async () => {
    const { model } = await timeline(`
      async function countdown() { await sleep(5); }
      await Promise.all([countdown(), countdown()]);`);
    expect(model.lanes.map((l) => l.label)).toEqual(['', 'countdown#1', 'countdown#2']);
  });
});

describe('buildTimeline on plain events', () => {
  test('a lane still waiting at the end is drawn up to the end, open', () => {
    const model = buildTimeline([
      { t: 0, task: 1, kind: 'task', name: 'forever', args: [], gen: false, parent: 0 },
      { t: 1, task: 1, kind: 'wait', on: { kind: 'promise' } },
    ], 50);
    const span = model.lanes[1].spans.at(-1)!;
    expect(span).toMatchObject({ kind: 'wait', from: 1, to: 50, open: true });
    expect(model.end).toBe(50);
  });
});

describe('timeline layout', () => {
  test('value labels are placed in order, kept inside the plot, and left out where they would overlap', () => {
    const items = [{ x: 5, width: 40 }, { x: 30, width: 40 }, { x: 100, width: 40 }, { x: 190, width: 40 }];
    const placed = placeLabels(items, 0, 200);
    expect(placed).toEqual([{ x: 0, anchor: 'start' }, undefined, { x: 100, anchor: 'middle' }, { x: 200, anchor: 'end' }]);
    const extents = placed.flatMap((p) => (p ? [p.anchor === 'start' ? [p.x, p.x + 40] : p.anchor === 'end' ? [p.x - 40, p.x] : [p.x - 20, p.x + 20]] : []));
    for (let i = 1; i < extents.length; i++) expect(extents[i][0]).toBeGreaterThanOrEqual(extents[i - 1][1]);
  });
  test('Chinese text is measured as wide as it is drawn', () => {
    // A CJK character is about 1 em; a Latin one in monospace 0.6 em.
    expect(textWidth('任务 1：第 0 步', 10)).toBeGreaterThanOrEqual(5 * 10 + 5 * 6);
    expect(textWidth('task(1)', 12)).toBeGreaterThanOrEqual(7 * 12 * 0.6);
    expect(hasWide('模块顶层')).toBe(true);
    expect(hasWide("task('A')")).toBe(false);
  });
  test('the label column fits the longest label, within bounds; a longer one is cut with an ellipsis', () => {
    expect(labelColumn(['top level', 'consume(1)'])).toBeGreaterThanOrEqual(textWidth('consume(1)', 12));
    expect(labelColumn(['x'.repeat(80)])).toBe(MAX_LABEL_W);
    const cut = fitText('x'.repeat(80), 100, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(100);
  });
  test('the drawing is as wide as its box, at least MIN_WIDTH, and wider in order mode', () => {
    expect(timelineWidth(700, { orderMode: false, scaleEnd: 900, labelW: 100 })).toBe(700);
    expect(timelineWidth(330, { orderMode: false, scaleEnd: 900, labelW: 100 })).toBe(MIN_WIDTH);
    expect(timelineWidth(700, { orderMode: true, scaleEnd: 140, labelW: 100 })).toBe(100 + 16 + 140 * 14);
  });
});
