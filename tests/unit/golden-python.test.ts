// A Python twin's golden is CPython 3.11's output; the page runs Pyodide's 3.14. What
// differs between the two without meaning anything is normalised away, nothing more.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { diffPythonOutput } from '../support/golden';
import { PYTHON_UNCAUGHT_BY_DESIGN, goldenPath, pythonIds, pythonRunProblem } from '../support/examples';
import { LANGS } from '../../src/utils/locale';

// What `python3 /work/…/fail.zh-cn.py` (3.11) prints, and what the page prints for fail.py.
const cpython = `开始 <generator object f at 0x7f3a2c1b9e40>
耗时 0.31 s
Traceback (most recent call last):
  File "/work/wt/content/examples/01-x/fail.zh-cn.py", line 9, in <module>
    asyncio.run(main())
  File "/usr/lib/python3.11/asyncio/runners.py", line 190, in run
    return runner.run(main)
           ^^^^^^^^^^^^^^^^
  File "/usr/lib/python3.11/asyncio/runners.py", line 118, in run
    return self._loop.run_until_complete(task)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/lib/python3.11/asyncio/base_events.py", line 653, in run_until_complete
    return future.result()
           ^^^^^^^^^^^^^^^
  File "/work/wt/content/examples/01-x/fail.zh-cn.py", line 6, in main
    await asyncio.wait_for(asyncio.sleep(1), 0.1)
  File "/usr/lib/python3.11/asyncio/tasks.py", line 502, in wait_for
    raise exceptions.TimeoutError() from exc
TimeoutError`;
const pyodide = `开始 <generator object f at 0x10a8f0>
耗时 0.32 s
Traceback (most recent call last):
  File "fail.py", line 9, in <module>
    asyncio.run(main())
    ~~~~~~~~~~~^^^^^^^^
  File "fail.py", line 6, in main
    await asyncio.wait_for(asyncio.sleep(1), 0.1)
  File "/lib/python314.zip/asyncio/tasks.py", line 507, in wait_for
    async with timeouts.timeout(timeout):
               ~~~~~~~~~~~~~~~~^^^^^^^^^
  File "/lib/python314.zip/asyncio/timeouts.py", line 114, in __aexit__
    raise TimeoutError from exc_val.with_traceback(None)
TimeoutError`;

describe('Python goldens', () => {
  test('addresses, paths, runtime frames and carets do not count; timings within tolerance', () => {
    expect(diffPythonOutput(cpython, pyodide)).toBeUndefined();
  });

  test('the program\'s own lines, frames and errors still do', () => {
    expect(diffPythonOutput(cpython, pyodide.replace('开始', '结束'))).toMatch(/line 1/);
    expect(diffPythonOutput(cpython, pyodide.replace('0.32 s', '0.9 s'))).toMatch(/too far/);
    expect(diffPythonOutput(cpython, pyodide.replace('line 6, in main', 'line 7, in main'))).toMatch(/line 6/);
    expect(diffPythonOutput(cpython, pyodide.replace(/TimeoutError$/, 'CancelledError'))).toMatch(/TimeoutError/);
    expect(diffPythonOutput(cpython, pyodide.replace('  File "fail.py", line 9, in <module>\n    asyncio.run(main())\n', ''))).toBeDefined();
  });
});

describe('a Python twin may end in an uncaught exception only on purpose', () => {
  const traceback = 'before\nTraceback (most recent call last):\n  File "y.py", line 4, in <module>\n    asyncio.run(main())\nValueError: boom\n';
  const listed = { '03-x/y': 'the traceback is the lesson' };

  test('a clean exit is recorded; a crash of a twin nobody listed is refused, traceback or not', () => {
    expect(pythonRunProblem('03-x/y', 0, 'ok\n', {})).toBeUndefined();
    expect(pythonRunProblem('03-x/y', 1, traceback, {})).toMatch(/exited with 1 .*PYTHON_UNCAUGHT_BY_DESIGN/);
    expect(pythonRunProblem('03-x/y', 2, traceback, listed)).toMatch(/exited with 2/);
    expect(pythonRunProblem('03-x/y', null, '', listed)).toMatch(/exited with null/);
  });

  test('a listed twin must crash, and end with the traceback', () => {
    expect(pythonRunProblem('03-x/y', 1, traceback, listed)).toBeUndefined();
    expect(pythonRunProblem('03-x/y', 1, '  File "y.py", line 2\n    await x\n    ^^^^^^^\nSyntaxError: \'await\' outside function', listed)).toBeUndefined();
    expect(pythonRunProblem('03-x/y', 1, traceback + 'printed after it\n', listed)).toMatch(/does not end with a traceback/);
    expect(pythonRunProblem('03-x/y', 1, 'ValueError: boom\n', listed)).toMatch(/does not end with a traceback/);
    expect(pythonRunProblem('03-x/y', 0, 'ok\n', listed)).toMatch(/take it off the list/);
  });

  // The goldens say how each twin ended: one that ends in a traceback must be on the list.
  test.each(LANGS)('every %s golden that ends in a traceback belongs to a listed twin', (lang) => {
    const crashed = pythonIds(lang).filter((id) => pythonRunProblem(id, 1, readFileSync(goldenPath(id, lang, 'py'), 'utf8'), { [id]: '' }) === undefined);
    expect(crashed.filter((id) => !(id in PYTHON_UNCAUGHT_BY_DESIGN))).toEqual([]);
  });
});
