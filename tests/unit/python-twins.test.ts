// Every Python twin, run under Pyodide in Node exactly as the sandbox runs it (the same
// boot from a memory snapshot, prelude, run and line code: tests/support/python-runner.ts),
// each in a fresh interpreter, prints its CPython golden (normalised: see diffPythonOutput).
// Then the prelude's pieces, each against what CPython does.
import { afterAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { LANGS } from '../../src/utils/locale';
import { displayName } from '../../src/playground/build/example-files';
import { createLineSplitter, linesText, type PythonLine } from '../../src/playground/sandbox/python/lines';
import { exampleSource, goldenPath, hasGolden, pythonIds } from '../support/examples';
import { diffPythonOutput, normalizePythonOutput } from '../support/golden';
import { createPythonPool } from '../support/python';
import { fill } from '../../src/i18n/fill';
import en from '../../src/i18n/en.json';

const pool = createPythonPool(3);
afterAll(() => pool.close());
const TIMEOUT = 60_000;

describe.each(LANGS)('Python twins (%s) print their CPython golden under Pyodide', (lang) => {
  const ids = pythonIds(lang);
  test('every twin has a golden', () => {
    expect(ids.filter((id) => !hasGolden(id, lang, 'py'))).toEqual([]);
  });
  test.concurrent.each(ids)('%s', async (id) => {
    const golden = readFileSync(goldenPath(id, lang, 'py'), 'utf8');
    let output = '';
    let diff: string | undefined;
    // Timers on a loaded machine (CI beside other runs, twins run concurrently) can skew a
    // time or the order of two racing tasks: a twin that differs gets up to two more runs.
    for (let attempt = 0; attempt < 3; attempt++) {
      ({ output } = await pool.run(exampleSource(id, lang, 'py'), displayName(id, 'py')));
      diff = diffPythonOutput(golden, output);
      if (!diff) break;
    }
    expect(diff, `${diff}\n--- Pyodide printed:\n${output}`).toBeUndefined();
  }, TIMEOUT);
});

/** Runs a program as `t.py`: what the page shows, tracebacks included. */
const run = async (source: string) => (await pool.run(source, 't.py')).output;

describe('the twin prelude', () => {
  test.concurrent('top-level await is a SyntaxError, printed as CPython prints it', async () => {
    expect(await run('import asyncio\nawait asyncio.sleep(0)\nprint("ran")\n')).toBe(
      ['  File "t.py", line 2', '    await asyncio.sleep(0)', '    ^^^^^^^^^^^^^^^^^^^^^^', "SyntaxError: 'await' outside function"].join('\n'),
    );
  }, TIMEOUT);

  test.concurrent('asyncio.run ends as CPython ends it: leftover tasks cancelled and awaited, async generators closed', async () => {
    const out = await run(`import asyncio
async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background cancelled")
held = []
async def ticks():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")
async def main():
    asyncio.create_task(background())
    # Held, so that only asyncio.run's shutdown_asyncgens() closes it.
    held.append(gen := ticks())
    async for t in gen:
        print("tick", t)
        break
    await asyncio.sleep(0.01)
    print("main done")
    return 42
print(asyncio.run(main()))
print("after")
`);
    expect(out).toBe(['tick 1', 'main done', 'background cancelled', 'generator closed', '42', 'after'].join('\n'));
  }, TIMEOUT);

  test.concurrent('loop.run_until_complete at module level runs too', async () => {
    expect(await run('import asyncio\nasync def main():\n    await asyncio.sleep(0.01)\n    return "ok"\nloop = asyncio.new_event_loop()\nprint(loop.run_until_complete(main()))\n')).toBe('ok');
  }, TIMEOUT);

  test.concurrent('time.sleep blocks the loop: three gathered time.sleep(0.1) run one after another', async () => {
    const out = await run(`import asyncio, time
async def work(i):
    print("start", i)
    time.sleep(0.1)
    print("end", i)
async def main():
    t = time.perf_counter()
    await asyncio.gather(*(work(i) for i in range(3)))
    print("at least 0.3 s:", time.perf_counter() - t >= 0.29)
asyncio.run(main())
`);
    expect(out).toBe(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2', 'at least 0.3 s: True'].join('\n'));
  }, TIMEOUT);

  test.concurrent('input() says it cannot read, as an EOFError the program may catch', async () => {
    const out = await run('try:\n    input("name? ")\nexcept EOFError as e:\n    print("caught:", e)\ninput()\n');
    const lines = out.split('\n');
    expect(lines[0]).toBe(`name? caught: ${en['pg.pythonInput']}`);
    expect(lines.at(-1)).toBe(`EOFError: ${en['pg.pythonInput']}`);
  }, TIMEOUT);

  test.concurrent('an import from outside the standard library names the module and says why', async () => {
    const out = await run('import asyncio\nimport aiohttp.client\n');
    expect(out.split('\n').slice(-2)).toEqual([
      "ModuleNotFoundError: No module named 'aiohttp'",
      fill(en['pg.pythonImport'], { module: 'aiohttp' }),
    ]);
  }, TIMEOUT);

  test.concurrent('a traceback starts at the reader\'s file and shows none of the runtime\'s frames', async () => {
    const out = await run('import asyncio\nasync def fail():\n    raise ValueError("boom")\nasync def main():\n    await fail()\nasyncio.run(main())\n');
    expect(normalizePythonOutput(out)).toBe(
      [
        'Traceback (most recent call last):',
        '  File "t.py", line 6, in <module>',
        '    asyncio.run(main())',
        '  File "t.py", line 5, in main',
        '    await fail()',
        '  File "t.py", line 3, in fail',
        '    raise ValueError("boom")',
        'ValueError: boom',
      ].join('\n'),
    );
  }, TIMEOUT);

  test.concurrent('a task exception never retrieved is reported as CPython reports it', async () => {
    const out = await run('import asyncio\nasync def lost():\n    raise ValueError("lost")\nasync def main():\n    asyncio.create_task(lost())\n    await asyncio.sleep(0.01)\n    print("main done")\nasyncio.run(main())\n');
    expect(normalizePythonOutput(out)).toBe(
      [
        'main done',
        'Task exception was never retrieved',
        "future: <Task finished name='Task-2' coro=<lost() done, defined at t.py:2> exception=ValueError('lost')>",
        'Traceback (most recent call last):',
        '  File "t.py", line 3, in lost',
        '    raise ValueError("lost")',
        'ValueError: lost',
      ].join('\n'),
    );
  }, TIMEOUT);

  test.concurrent('asyncio.run from a function runs; from a coroutine it is refused, as in CPython', async () => {
    const out = await run('import asyncio\nasync def one():\n    return 1\ndef sync():\n    return asyncio.run(one())\nprint(sync())\nasync def main():\n    asyncio.run(one())\nasyncio.run(main())\n');
    expect(out.split('\n')[0]).toBe('1');
    expect(out.split('\n').at(-1)).toBe('RuntimeError: asyncio.run() cannot be called from a running event loop');
  }, TIMEOUT);

  test.concurrent('sys.exit ends the program: silently with 0, with its message otherwise', async () => {
    expect(await run('import sys\nprint("a")\nsys.exit(0)\nprint("b")\n')).toBe('a');
    expect(await run('import sys\nsys.exit("bye")\n')).toBe('bye');
  }, TIMEOUT);
});

describe('a traced Python run', () => {
  test.concurrent('carries trace.py\'s events for the reader\'s tasks, and prints what it prints untraced', async () => {
    const source = 'import asyncio\nasync def job(n):\n    await asyncio.sleep(0.05)\n    print("done", n)\nasync def main():\n    await asyncio.gather(job(1), job(2))\nasyncio.run(main())\n';
    const traced = await pool.run(source, 't.py', true);
    expect(traced.output).toBe('done 1\ndone 2');
    const events = traced.events ?? [];
    const names = events.flatMap((e) => (e.kind === 'task' ? [e.name] : []));
    expect(names).toEqual(expect.arrayContaining(['main', 'job', 'job']));
    expect(events.filter((e) => e.kind === 'log').map((e) => (e as { line: number }).line)).toEqual([0, 1]);
    // Nothing of the prelude's machinery: only the reader's file is traced.
    expect(names).not.toContain('__twin_run');
  }, TIMEOUT);
});

describe('the twin prelude without WebAssembly stack switching (JSPI)', () => {
  const noJspi = createPythonPool(1, { jspi: false });
  afterAll(() => noJspi.close());

  test('asyncio.run at module level runs; inside a function it says what the engine lacks', async () => {
    const { output } = await noJspi.run('import asyncio\nasync def one():\n    await asyncio.sleep(0.01)\n    return 1\nprint(asyncio.run(one()))\ndef sync():\n    return asyncio.run(one())\nsync()\n', 't.py');
    const lines = output.split('\n');
    expect(lines[0]).toBe('1');
    expect(lines.at(-1)).toBe(`RuntimeError: ${en['pg.pythonNestedRun']}`);
  }, TIMEOUT);
});

describe('Python output as lines', () => {
  test('a flush without a newline shows at once; the rest of its line joins it', () => {
    const lines: PythonLine[] = [];
    const write = createLineSplitter((l) => lines.push(l));
    write('a ', 'out');
    write('b ', 'out');
    write('c\nnext\n\n', 'out');
    write('oops\n', 'err');
    expect(lines).toEqual([
      { level: 'log', text: 'a ' },
      { level: 'log', text: 'b ', joins: true },
      { level: 'log', text: 'c', joins: true },
      { level: 'log', text: 'next' },
      { level: 'log', text: '' },
      { level: 'error', text: 'oops' },
    ]);
    expect(linesText(lines)).toBe('a b c\nnext\n\noops');
  });
});
