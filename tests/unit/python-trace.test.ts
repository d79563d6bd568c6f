// The Python tracer, from real runs under Pyodide: the events it records, read through the
// timeline's own model (lanes.ts), say what a reader of the timeline would see.
import { beforeAll, describe, expect, test } from 'vitest';
import { buildTimeline, type Lane, type TimelineModel } from '../../src/playground/trace/lanes';
import { describeWait } from '../../src/playground/trace/describe';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh-cn.json';
import { runTracedPython } from '../support/python-trace';

async function timeline(source: string): Promise<{ model: TimelineModel; output: string; lines: string[] }> {
  const run = await runTracedPython(source);
  expect(run.output).not.toContain('Traceback');
  return { model: buildTimeline(run.events), output: run.output, lines: run.output.trimEnd().split('\n') };
}
const laneOf = (m: TimelineModel, label: string): Lane => {
  const l = m.lanes.find((x) => x.label === label);
  if (!l) throw new Error(`no lane ${label} in ${m.lanes.map((x) => x.label).join(', ')}`);
  return l;
};
const waits = (l: Lane) => l.spans.filter((s) => s.kind === 'wait');
const logs = (l: Lane) => l.markers.filter((m) => m.kind === 'log').map((m) => m.line);

// The first run makes the snapshot every later interpreter starts from: a cold boot.
beforeAll(() => runTracedPython('pass'), 60_000);

describe('Python runs, traced', () => {
  test('three gathered sleeps: three lanes whose timer waits overlap', async () => {
    const { model } = await timeline(`
import asyncio
async def task(i):
    await asyncio.sleep(0.1)
    return i
async def main():
    await asyncio.gather(task(1), task(2), task(3))
await main()`);
    const lanes = ['task(1)', 'task(2)', 'task(3)'].map((n) => laneOf(model, n));
    const spans = lanes.map((l) => waits(l)[0]);
    for (const s of spans) expect(s.on).toEqual({ kind: 'timer', ms: 100 });
    expect(Math.max(...spans.map((s) => s.from))).toBeLessThan(Math.min(...spans.map((s) => s.to)));
    for (const l of lanes) expect(l.markers.at(-1)?.kind).toBe('resolve');
    // main waited on the gather until the last task was done, and the module on main.
    const main = laneOf(model, 'main');
    expect(waits(main)[0].to).toBeGreaterThanOrEqual(Math.max(...spans.map((s) => s.to)));
    expect(waits(model.lanes[0])[0].on).toEqual({ kind: 'task', target: main.task });
  });

  test('the same three awaited in turn: each wait starts after the previous one ended', async () => {
    const { model } = await timeline(`
import asyncio
async def task(i):
    await asyncio.sleep(0.06)
    return i
async def main():
    for i in (1, 2, 3):
        await task(i)
await main()`);
    const spans = ['task(1)', 'task(2)', 'task(3)'].map((n) => waits(laneOf(model, n))[0]);
    for (const s of spans) expect(s.on).toEqual({ kind: 'timer', ms: 60 });
    expect(spans[1].from).toBeGreaterThanOrEqual(spans[0].to);
    expect(spans[2].from).toBeGreaterThanOrEqual(spans[1].to);
    // main's waits say which task each one was for.
    expect(waits(laneOf(model, 'main')).map((s) => s.on)).toEqual(
      [1, 2, 3].map((i) => ({ kind: 'task', target: laneOf(model, `task(${i})`).task })),
    );
  });

  test('tasks created and awaited in turn wait for their task, not for a future', async () => {
    const { model } = await timeline(`
import asyncio
async def job(i):
    await asyncio.sleep(0.02)
async def main():
    for i in (1, 2):
        await asyncio.create_task(job(i))
await main()`);
    const main = laneOf(model, 'main');
    expect(waits(main).map((s) => s.on)).toEqual([1, 2].map((i) => ({ kind: 'task', target: laneOf(model, `job(${i})`).task })));
    // A task started by the loop is a lane of its own: main is its parent.
    expect(spansOverlap(laneOf(model, 'job(1)'), laneOf(model, 'job(2)'))).toBe(false);
  });

  test('an async generator with a slow consumer never runs ahead of its requests', async () => {
    const { model, lines } = await timeline(`
import asyncio
async def numbers():
    for i in range(1, 4):
        await asyncio.sleep(0.01)
        yield i
async def main():
    async for n in numbers():
        print(n)
        await asyncio.sleep(0.05)
await main()`);
    expect(lines).toEqual(['1', '2', '3']);
    const gen = laneOf(model, 'numbers');
    const main = laneOf(model, 'main');
    expect(gen.gen).toBe(true);
    const yields = gen.markers.filter((m) => m.kind === 'yield');
    expect(yields.map((m) => m.detail)).toEqual(['1', '2', '3']);
    const nexts = main.markers.filter((m) => m.kind === 'next');
    expect(nexts).toHaveLength(4);
    for (const n of nexts) expect(n.target).toBe(gen.task);
    // Every yield answers a request made before it; the last request is answered by the end.
    const links = model.links.filter((k) => k.to.task === gen.task);
    expect(links).toHaveLength(4);
    for (const k of links) expect(k.to.seq).toBeGreaterThan(k.from.seq);
    yields.forEach((y, i) => expect(y.seq).toBeGreaterThan(nexts[i].seq));
    // Between two yields the generator waits for its consumer: it does not compute ahead.
    expect(waits(gen).filter((s) => s.on?.kind === 'consumer')).toHaveLength(3);
    expect(waits(gen).filter((s) => s.on?.kind === 'timer')).toHaveLength(3);
    // The consumer's loop waits on the next value of this generator, then on its own sleep.
    expect(waits(main).map((s) => s.on?.kind)).toEqual(['next', 'timer', 'next', 'timer', 'next', 'timer', 'next']);
    expect(waits(main).filter((s) => s.on?.kind === 'next').every((s) => s.on!.kind === 'next' && s.on!.target === gen.task)).toBe(true);
    expect(gen.markers.at(-1)?.kind).toBe('resolve');
  });

  test('break out of async for, then aclose(): the generator runs its finally before the loop goes on', async () => {
    const { model, lines } = await timeline(`
async def ticks():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("cleanup")
async def main():
    gen = ticks()
    async for t in gen:
        if t == 1:
            break
    await gen.aclose()
    print("after the loop")
await main()`);
    expect(lines).toEqual(['cleanup', 'after the loop']);
    const gen = laneOf(model, 'ticks');
    const main = laneOf(model, 'main');
    expect(gen.markers.filter((m) => m.kind === 'yield').map((m) => m.detail)).toEqual(['0', '1']);
    const ret = main.markers.find((m) => m.kind === 'return');
    expect(ret?.target).toBe(gen.task);
    const cleanup = gen.markers.find((m) => m.kind === 'log');
    const end = gen.markers.find((m) => m.kind === 'resolve');
    const after = main.markers.find((m) => m.kind === 'log');
    expect(cleanup!.line).toBe(0);
    expect(after!.line).toBe(1);
    expect(ret!.seq).toBeLessThan(cleanup!.seq);
    expect(cleanup!.seq).toBeLessThan(end!.seq);
    expect(end!.seq).toBeLessThan(after!.seq);
    // While the generator closes, main waits for it.
    expect(waits(main).at(-1)?.on).toEqual({ kind: 'task', target: gen.task });
  });

  test('a task that raises ends with a reject that names the error', async () => {
    const { model, lines } = await timeline(`
import asyncio
async def broken():
    await asyncio.sleep(0.01)
    raise ValueError("boom")
async def main():
    try:
        await broken()
    except ValueError as err:
        print("caught", err)
    try:
        await asyncio.create_task(broken())
    except ValueError as err:
        print("caught", err)
await main()`);
    expect(lines).toEqual(['caught boom', 'caught boom']);
    for (const label of ['broken#1', 'broken#2']) {
      const lane = laneOf(model, label);
      expect(lane.markers.at(-1)).toMatchObject({ kind: 'reject', detail: 'ValueError: boom' });
      expect(lane.spans.every((s) => !s.open)).toBe(true);
    }
    expect(laneOf(model, 'main').markers.at(-1)?.kind).toBe('resolve');
  });

  test('CPU-bound tasks take turns: no two lanes run at the same moment', async () => {
    const { model } = await timeline(`
import asyncio, time
def busy(ms):
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        pass
async def work(i):
    for _ in range(2):
        busy(15)
        yield i
async def consume(i):
    async for _ in work(i):
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(consume(1), consume(2))
await main()`);
    const runs = model.lanes.flatMap((l) => l.spans.filter((s) => s.kind === 'run' && s.to > s.from).map((s) => ({ ...s, lane: l.label })));
    runs.sort((a, b) => a.seqFrom - b.seqFrom);
    for (let i = 1; i < runs.length; i++) expect(runs[i].seqFrom, `${runs[i].lane} starts inside ${runs[i - 1].lane}`).toBeGreaterThanOrEqual(runs[i - 1].seqTo);
    for (let i = 1; i < runs.length; i++) expect(runs[i].from).toBeGreaterThanOrEqual(runs[i - 1].to);
    // The busy spans belong to the generators, not to their consumers waiting for them (the
    // top level's own first span holds the imports, whose cost depends on the machine).
    const busiest = runs.filter((r) => r.lane.startsWith('work') || r.lane.startsWith('consume')).reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));
    expect(busiest.lane).toMatch(/^work\(\d\)$/);
    // The two consumers did interleave: each waited while the other's generator worked.
    expect(spansOverlap(laneOf(model, 'consume(1)'), laneOf(model, 'consume(2)'), 'wait')).toBe(true);
  });

  test('console ticks land on the lane of the task that printed, numbered as the output lines', async () => {
    const { model, lines } = await timeline(`
import asyncio, sys
async def worker(name, delay):
    await asyncio.sleep(delay)
    print(name, "done")
async def main():
    print("start")
    loop = asyncio.get_running_loop()
    loop.call_later(0.01, print, "from a timer")
    await asyncio.gather(worker("a", 0.03), worker("b", 0.05))
    print("two", "lines", sep="\\n")
    print("partial", end="", flush=True)
    print(" and the rest", file=sys.stdout)
    print("on stderr", file=sys.stderr)
await main()`);
    expect(lines).toEqual(['start', 'from a timer', 'a done', 'b done', 'two', 'lines', 'partial and the rest', 'on stderr']);
    const main = laneOf(model, 'main');
    // The timer's callback printed on the lane of the task that set the timer.
    expect(logs(main)).toEqual([0, 1, 4, 5, 6, 7]);
    expect(logs(laneOf(model, 'worker(\'a\', 0.03)'))).toEqual([2]);
    expect(logs(laneOf(model, 'worker(\'b\', 0.05)'))).toEqual([3]);
    expect(model.lanes.flatMap(logs).sort((a, b) => a! - b!)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  test('the loop\'s timers: set, fire and clear, on the lane of the task that set them', async () => {
    const { model } = await timeline(`
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    never = loop.call_later(0.2, print, "never")
    loop.call_later(0.01, lambda: None)
    await asyncio.sleep(0.03)
    never.cancel()
await main()`);
    const timers = laneOf(model, 'main').markers.filter((m) => m.kind === 'timer');
    expect(timers.map((m) => [m.phase, m.detail])).toEqual([
      ['set', '200 ms'], ['set', '10 ms'], ['set', '30 ms'], ['fire', undefined], ['fire', undefined], ['clear', undefined],
    ]);
    // Three timers were set in that running span: which one ends the wait cannot be told.
    expect(waits(laneOf(model, 'main'))[0].on).toEqual({ kind: 'promise' });
  });

  test('a queue: the consumer waits for an item, the producer for room', async () => {
    const { model, lines } = await timeline(`
import asyncio
async def producer(queue):
    for i in range(3):
        await queue.put(i)
    await queue.put(None)
async def consumer(queue):
    while (item := await queue.get()) is not None:
        print("got", item)
        await asyncio.sleep(0.01)
async def main():
    queue = asyncio.Queue(maxsize=1)
    await asyncio.gather(consumer(queue), producer(queue))
await main()`);
    expect(lines).toEqual(['got 0', 'got 1', 'got 2']);
    expect(waits(laneOf(model, 'consumer'))[0].on).toEqual({ kind: 'queue', op: 'get' });
    const producerWaits = waits(laneOf(model, 'producer')).map((s) => s.on);
    expect(producerWaits.length).toBeGreaterThan(0);
    expect(producerWaits.every((on) => on?.kind === 'queue' && on.op === 'put')).toBe(true);
    expect(describeWait({ kind: 'queue', op: 'get' }, String, strings(en))).toBe('waits for an item from a queue');
    expect(describeWait({ kind: 'queue', op: 'put' }, String, strings(zh))).toBe('等待已满的队列腾出空位');
  });

  test('repeated names without telling arguments are numbered', async () => {
    const { model } = await timeline(`
import asyncio
async def countdown():
    await asyncio.sleep(0.005)
async def main():
    await asyncio.gather(countdown(), countdown())
await main()`);
    expect(model.lanes.map((l) => l.label)).toEqual(['', 'main', 'countdown#1', 'countdown#2']);
  });

  test('past the event limit the tracer stops recording, says so once, and the run goes on', async () => {
    const source = `
import asyncio
async def spin(n):
    for _ in range(n):
        await asyncio.sleep(0)
    print("spun", n)
await spin(200)`;
    const run = await runTracedPython(source, { maxEvents: 50 });
    expect(run.events).toHaveLength(50);
    expect(run.limits).toBe(1);
    expect(run.output).toBe('spun 200\n');
  });
});

describe('tracing leaves the program alone', () => {
  test('a program prints the same with and without the tracer', async () => {
    const source = `
import asyncio, sys
async def gen():
    try:
        for i in range(3):
            yield i
    finally:
        print("closed", file=sys.stderr)
async def fails():
    raise KeyError("k")
async def main():
    print(sys.stdout, sys.stderr)
    print(type(sys.stdout).__name__ == "TextIOWrapper" or repr(sys.stdout).startswith("<_io.TextIOWrapper"))
    for w in "streamed token by token".split():
        print(w, end=" ", flush=True)
    print()
    print([x async for x in gen()])
    results = await asyncio.gather(fails(), asyncio.sleep(0.01, "slept"), return_exceptions=True)
    print(results)
    handle = asyncio.get_running_loop().call_later(1, print)
    print(handle.cancelled(), handle.cancel(), handle.cancelled())
    print(sys.getrecursionlimit() > 0, asyncio.current_task().get_coro().__qualname__)
await main()`;
    const plain = await runTracedPython(source, { trace: false });
    const traced = await runTracedPython(source);
    expect(plain.output).toContain('closed');
    expect(plain.events).toHaveLength(0);
    expect(traced.events.length).toBeGreaterThan(10);
    expect(traced.output).toBe(plain.output);
  });
});

function spansOverlap(a: Lane, b: Lane, kind: 'run' | 'wait' = 'run'): boolean {
  return a.spans.some((x) => x.kind === kind && b.spans.some((y) => y.kind === kind && x.from < y.to && y.from < x.to));
}

/** The page's strings without their `pg.` prefix, as the client hands them to describe.ts. */
function strings(json: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(json).filter(([k]) => k.startsWith('pg.')).map(([k, v]) => [k.slice(3), v]));
}
