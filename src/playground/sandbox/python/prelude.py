"""The twin prelude: runs a reader's asyncio program under Pyodide as `python3 <name>.py` would.

Loaded once into a fresh interpreter, before its memory snapshot is taken, so every run
starts with it in place. It defines `__twin_exec`, which the sandbox's run code awaits.
Pyodide's event loop (WebLoop) is always running and never blocks, so the parts of
CPython a reader relies on are put back here:

- `asyncio.run(X)` / `loop.run_until_complete(X)` at module level become
  `await __twin_run(X)`, which ends as asyncio.run ends: leftover tasks cancelled and
  awaited, async generators shut down. That needs no WebAssembly stack switching (JSPI).
- a syntax check with plain `compile()` first, so top-level `await` is a SyntaxError,
  as CPython says;
- a `time.sleep` that blocks (Pyodide's, under JSPI, lets other tasks run meanwhile);
- tasks that are plain `asyncio.Task`s, so an exception never retrieved is reported as
  CPython reports it (when the task is collected), not at once by WebLoop;
- tracebacks that start at the reader's file; `input()` and imports from outside the
  standard library say clearly what the browser's Python cannot do.
"""

import ast
import asyncio
import builtins
import gc
import itertools
import json
import linecache
import sys
import time
import traceback
import types

from pyodide import webloop
from pyodide.ffi import can_run_sync, run_sync

# Frames of the machinery that runs the reader's file (this prelude among them), never
# shown in a traceback.
_HIDDEN = ("/twin/", "/_pyodide/", "/pyodide/", "<exec>")

# The page's wording, in its language, set for each run (`messages` of `__twin_exec`):
# input, import (with {module}) and nested (see run.ts's PythonMessages).
_messages = {}

time.sleep = webloop._orig_sleep


def _input(prompt=""):
    if prompt:
        sys.stdout.write(str(prompt))
        sys.stdout.flush()
    raise EOFError(_messages["input"])


builtins.input = _input


_task_names = itertools.count(1)
# The task that runs the module's code: Pyodide's, not one of the program's.
_top_task = [None]


def _plain_task(loop, coro, *, name=None, **kwargs):
    # Numbered from 1 for each program, as in a fresh `python3`: the interpreter's own
    # counter has counted the tasks of its boot.
    if name is None:
        name = f"Task-{next(_task_names)}"
    return asyncio.Task(coro, loop=loop, name=name, **kwargs)


def _cpython_loop(loop):
    """CPython's reporting on Pyodide's loop (see the module's docstring)."""
    loop.set_task_factory(_plain_task)
    loop.default_exception_handler = types.MethodType(asyncio.BaseEventLoop.default_exception_handler, loop)


async def __twin_run(main, *, debug=None, **_ignored):
    """asyncio.run(main) inside the already running loop, with its teardown."""
    if not asyncio.iscoroutine(main):
        raise ValueError("a coroutine was expected, got {!r}".format(main))
    loop = asyncio.get_running_loop()
    task = loop.create_task(main)
    try:
        return await task
    finally:
        # asyncio.runners._cancel_all_tasks, awaited instead of run to completion. The
        # tasks running the module (and this, under _nested_run) are not the program's.
        mine = {asyncio.current_task(), _top_task[0], task}
        left = [t for t in asyncio.all_tasks(loop) if t not in mine and not t.done()]
        for t in left:
            t.cancel()
        if left:
            await asyncio.gather(*left, return_exceptions=True)
        for t in left:
            if not t.cancelled() and t.exception() is not None:
                loop.call_exception_handler({
                    "message": "unhandled exception during asyncio.run() shutdown",
                    "exception": t.exception(),
                    "task": t,
                })
        await loop.shutdown_asyncgens()
        # WebLoop's flag would warn about generators started by a later asyncio.run.
        loop._asyncgens_shutdown_called = False


def _nested_run(main, *, debug=None, loop_factory=None):
    """asyncio.run() called from a function: only stack switching can block here."""
    if asyncio.current_task() is not _top_task[0]:
        # Called from a coroutine: CPython has a loop running there, and refuses.
        if asyncio.iscoroutine(main):
            main.close()
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not can_run_sync():
        if asyncio.iscoroutine(main):
            main.close()
        raise RuntimeError(_messages["nested"])
    return run_sync(__twin_run(main))


asyncio.run = _nested_run


class _Rewrite(ast.NodeTransformer):
    """Module-level `asyncio.run(X)` and `<loop>.run_until_complete(X)` → `await __twin_run(X)`."""

    def _skip(self, node):
        return node

    # Code in these runs later, not at module level: asyncio.run there goes through _nested_run.
    visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = visit_Lambda = _skip
    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _skip

    def visit_Call(self, node):
        self.generic_visit(node)
        f = node.func
        runner = isinstance(f, ast.Attribute) and (
            (f.attr == "run" and isinstance(f.value, ast.Name) and f.value.id == "asyncio")
            or f.attr == "run_until_complete"
        )
        if not runner or len(node.args) != 1:
            return node
        call = ast.Call(func=ast.Name(id="__twin_run", ctx=ast.Load()), args=node.args, keywords=[])
        return ast.copy_location(ast.Await(value=ast.copy_location(call, node)), node)


def _keep(frame):
    return not any(h in frame.filename for h in _HIDDEN)


def _trim(te, filename, seen):
    """Drops the runner's frames from a TracebackException and the exceptions it links to."""
    if id(te) in seen:
        return
    seen.add(id(te))
    frames = list(te.stack)
    # The traceback starts where the reader's file does, as `python3 <file>` shows it.
    for i, f in enumerate(frames):
        if f.filename == filename:
            frames = frames[i:]
            break
    te.stack = traceback.StackSummary.from_list([f for f in frames if _keep(f)])
    for linked in (te.__cause__, te.__context__, *(getattr(te, "exceptions", None) or ())):
        if linked is not None:
            _trim(linked, filename, seen)


def _format(exc, filename):
    if isinstance(exc, ModuleNotFoundError) and exc.name:
        top = exc.name.partition(".")[0]
        if top not in sys.stdlib_module_names and not getattr(exc, "__twin_noted", False):
            exc.add_note(_messages["import"].format(module=top))
            exc.__twin_noted = True
    te = traceback.TracebackException(type(exc), exc, exc.__traceback__, compact=True)
    _trim(te, filename, set())
    return "".join(te.format())


def _exit_status(exc):
    """What `python3` does with a SystemExit: its exit status and what it prints."""
    code = exc.code
    if code is None:
        return 0, None
    if isinstance(code, int):
        return code, None
    return 1, str(code)


async def __twin_exec(source, filename, messages="{}"):
    """Runs `source` as the `__main__` module named `filename`.

    Returns None when the program ends normally, else the text `python3` prints as it
    dies (a traceback, a SyntaxError, a SystemExit's message; "" for a silent exit status).
    """
    _messages.update(json.loads(messages))
    loop = asyncio.get_running_loop()
    _cpython_loop(loop)
    _top_task[0] = asyncio.current_task()
    # The file exists, as for `python3 <file>`: the compiler reads a SyntaxError's line
    # from it, tracebacks theirs, and a program may open its own `__file__`.
    with open(filename, "w", encoding="utf-8") as f:
        f.write(source)
    linecache.checkcache(filename)
    main = types.ModuleType("__main__")
    main.__file__ = filename
    main.__builtins__ = builtins
    sys.modules["__main__"] = main
    sys.argv = [filename]
    try:
        try:
            compile(source, filename, "exec", dont_inherit=True)
            tree = _Rewrite().visit(ast.parse(source, filename))
            ast.fix_missing_locations(tree)
            code = compile(tree, filename, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
        except SyntaxError as err:
            return "".join(traceback.format_exception_only(type(err), err))
        main.__dict__["__twin_run"] = __twin_run
        result = eval(code, main.__dict__)
        if asyncio.iscoroutine(result):
            await result
        return None
    except SystemExit as exc:
        status, text = _exit_status(exc)
        return None if status == 0 else (text + "\n" if text is not None else "")
    except BaseException as exc:
        return _format(exc, filename)
    finally:
        main.__dict__.pop("__twin_run", None)
        # CPython reports a task exception never retrieved when the task is collected,
        # which `python3` does at the latest as it exits.
        gc.collect()
        sys.stdout.flush()
        sys.stderr.flush()
