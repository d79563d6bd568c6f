"""The timeline's tracer for Python runs: what the reader's asyncio program did, task by task.

It records the same events as the TypeScript runtime (src/playground/trace/types.ts), so the
page draws a Python run with the same lanes: task 0 is the module's top level; every
coroutine the program starts and every async-generator object gets a number of its own.
Nothing of the reader's source is rewritten: the events come from the interpreter.

- `sys.monitoring` (3.12+) on the reader's coroutine and async-generator code: PY_START is
  a task's start, PY_YIELD a wait (or, with a wrapped value, an async generator's `yield`),
  PY_RESUME / PY_THROW its return to the thread, PY_RETURN / PY_UNWIND its end. Code of the
  standard library and of the runtime is switched off at its first event (DISABLE), so it
  costs nothing after that.
- What a wait is for comes from what the frame awaits: `asyncio.sleep` started by it (a
  timer of its delay), a Queue's `get`/`put`, another task, a generator's next value;
  otherwise a future (`promise`) or a bare yield to the loop (`value`).
- The loop's `call_later`/`call_at` (their handles' `cancel` too): a timer's set, fire and
  clear, its callback drawn on the lane of the task that set it.
- Output lines: sys.stdout and sys.stderr are swapped for wrappers of the same buffers
  (same settings, same repr) that give each line a `log` tick, on the lane of the task
  that printed it, when its first character is written. `line` counts the lines of
  stdout and stderr together from 0, a line ending at "\n" (an empty one too): the
  sandbox shows each such line as one output row, so tick and row share the index.

API (stdlib only; Python 3.14 for `frame.f_generator`):
    start(emit, now_ms, max_events=MAX_EVENTS, on_limit=None, files=None)
        emit(event: dict) for each event; now_ms() is milliseconds from the run's start.
        Past max_events the tracer records nothing more, switches its hooks off and calls
        on_limit() once. files: the filenames to trace (default: every file outside the
        standard library, site-packages and this module's own directory).
    stop()      flushes nothing (events go out as they happen) and restores all it patched
"""

import asyncio
import gc
import io
import os
import site
import sys
import weakref
from asyncio import events as _events
from types import BuiltinFunctionType, FunctionType, MethodType

MAX_EVENTS = 20_000  # as MAX_EVENTS in types.ts
MAX_LABEL = 24  # as MAX_LABEL in runtime.ts

_M = sys.monitoring
_E = _M.events
_DISABLE = _M.DISABLE
_CO_COROUTINE = 0x80
_CO_ASYNC_GENERATOR = 0x200
_CO_VARARGS = 0x04
_CO_VARKEYWORDS = 0x08

RUN, WAIT, DONE = 0, 1, 2
FOR_CONSUMER = {"kind": "consumer"}
FOR_PROMISE = {"kind": "promise"}
FOR_VALUE = {"kind": "value"}

_current = None
# The last error inside the tracer (it then switches itself off rather than disturb the run).
failure = None


def short_value(value):
    """A value, very short, for a marker or a lane label. Calls no code of the program's:
    only exact built-in types are shown by their repr, other objects by their type's name.
    >>> short_value('tick')
    "'tick'"
    """
    t = type(value)
    try:
        if value is None or t in (bool, int, float, complex, str, bytes):
            text = repr(value)
        elif t in (list, tuple, dict, set, frozenset):
            text = repr(value) if not value else {list: "[…]", tuple: "(…)"}.get(t, "{…}")
        elif t in (FunctionType, BuiltinFunctionType, MethodType, type):
            text = value.__qualname__
        else:
            text = f"<{t.__name__}>"
    except Exception:  # an int past the digit limit, a type with an odd name
        text = f"<{t.__name__}>"
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def error_text(exc):
    """`ValueError: boom`, as the TypeScript side writes `TypeError: boom`."""
    name = type(exc).__name__
    try:
        message = BaseException.__str__(exc)
    except Exception:
        message = ""
    return f"{name}: {message}" if message else name


def _args_of(frame, code):
    """The arguments a coroutine was called with, from its frame as it starts (`self` left out)."""
    names = code.co_varnames
    n = code.co_argcount + code.co_kwonlyargcount
    values = frame.f_locals
    out = [short_value(values[name]) for name in names[:n] if name in values]
    if code.co_argcount and names[0] in ("self", "cls"):
        out = out[1:]
    if code.co_flags & _CO_VARARGS:
        out += [short_value(v) for v in values.get(names[n], ())]
        n += 1
    if code.co_flags & _CO_VARKEYWORDS:
        out += [f"{k}={short_value(v)}" for k, v in values.get(names[n], {}).items()]
    return out


def _default_filter():
    """Traces every file but the standard library's, site-packages' and this module's folder."""
    skip = [os.path.dirname(os.__file__), os.path.dirname(_default_filter.__code__.co_filename)]
    skip += site.getsitepackages() if hasattr(site, "getsitepackages") else []
    prefixes = tuple(p.rstrip("/") + "/" for p in skip if p)
    return lambda filename: not filename.startswith(prefixes) and not filename.startswith("<frozen")


def _free_tool():
    for tool in (_M.PROFILER_ID, 3, 4, _M.OPTIMIZER_ID, _M.COVERAGE_ID, _M.DEBUGGER_ID):
        if _M.get_tool(tool) is None:
            return tool
    raise RuntimeError("every sys.monitoring tool id is taken")


class _Ticking(io.TextIOWrapper):
    """sys.stdout or sys.stderr as it was (same buffer, same settings, same repr), telling
    the tracer what is written: the sandbox's write handler runs without the GIL, so it
    cannot call back into Python, and the lines are counted here instead."""

    def write(self, text):
        written = super().write(text)
        self.printed(text)
        return written


_Ticking.__name__ = "_io.TextIOWrapper"  # its repr is the original's: <_io.TextIOWrapper name='<stdout>' …>


def _ticking(stream, printed):
    stream.flush()
    ticking = _Ticking(stream.buffer, encoding=stream.encoding, errors=stream.errors,
                       line_buffering=stream.line_buffering, write_through=stream.write_through)
    ticking.mode = getattr(stream, "mode", "w")
    ticking.printed = printed
    return ticking


class _Tracer:
    def __init__(self, emit, now_ms, max_events, on_limit, traced_file):
        self.tool = _free_tool()
        self.loop = asyncio.get_event_loop()
        self.patched = []
        self._hook(emit, now_ms, max_events, on_limit, traced_file)

    def _hook(self, emit, now_ms, max_events, on_limit, traced_file):
        # The callbacks run on every await and yield of the reader's coroutines, so they are
        # closures over local state: lists indexed by task, no attribute lookups.
        getframe = sys._getframe
        referents = gc.get_referents
        ref = weakref.ref
        Task = asyncio.Task
        state = [RUN]  # RUN, WAIT or DONE, by task
        child = [-1]  # the task this one awaits directly (or asked for its next value): it passes resumes on
        awaiter = [-1]  # the reverse of child
        is_gen = [False]
        asked = [False]  # an async generator that yielded: its next resume is a consumer's request
        refs = [None]  # a weak reference per live task, whose callback forgets its id
        stack = [0]  # tasks on the thread, innermost last
        ids = {}  # id(coroutine or async generator) -> task
        creator = {}  # id(coroutine) -> the task that wrapped it in an asyncio Task
        slot = {}  # task -> (what it waits for, the known awaitable it started)
        span_timers = {}  # task -> delays of the timers it set in its current running span
        timer_owner = {}  # timer -> task that set it
        handles = {}  # id(handle) -> timer, for cancel()
        traced = set()
        known = {
            asyncio.sleep.__code__: "sleep",
            asyncio.Queue.get.__code__: {"kind": "queue", "op": "get"},
            asyncio.Queue.put.__code__: {"kind": "queue", "op": "put"},
        }
        count = 0
        off = False
        quiet = 0  # inside a traced timer call: the loop's own nested call is not another timer
        next_timer = 0

        def switch_off():
            nonlocal off
            off = True
            _M.set_events(self.tool, _E.NO_EVENTS)

        def room():
            nonlocal count
            if off:
                return False
            count += 1
            if count <= max_events:
                return True
            switch_off()
            if on_limit is not None:
                on_limit()
            return False

        def mark(task, kind):
            if room():
                emit({"t": now_ms(), "task": task, "kind": kind})

        def current():
            return stack[-1] if stack else 0

        self.current = current

        def enter_thread(task):
            below = stack[-1] if stack else -1
            if below >= 0 and below != task and state[below] == RUN:
                mark(below, "pause")
            stack.append(task)

        def leave(task):
            for i in range(len(stack) - 1, -1, -1):
                if stack[i] == task:
                    top = i == len(stack) - 1
                    del stack[i]
                    if top and stack and state[stack[-1]] == RUN:
                        mark(stack[-1], "run")
                    return

        def resume(task):
            if state[task] != WAIT:
                return
            state[task] = RUN
            enter_thread(task)
            mark(task, "run")

        def suspend(task, on):
            if state[task] != RUN:
                return
            state[task] = WAIT
            slot.pop(task, None)
            span_timers.pop(task, None)
            if room():
                emit({"t": now_ms(), "task": task, "kind": "wait", "on": on})
            leave(task)

        def task_of(co):
            task = ids.get(id(co))
            if task is None:
                task = len(state)
                for column, value in ((state, WAIT), (child, -1), (awaiter, -1), (is_gen, False), (asked, False)):
                    column.append(value)
                key = id(co)
                ids[key] = task
                refs.append(ref(co, lambda _, key=key: ids.pop(key, None)))
            return task

        def awaited_by(frame):
            """The task whose frame is under this one on the stack (through library frames)."""
            f = frame.f_back
            while f is not None:
                if f.f_code in traced:
                    return ids.get(id(f.f_generator), -1)
                f = f.f_back
            return -1

        def hand_back(task):
            """A task stops answering its awaiter: the awaiter runs again."""
            a = awaiter[task]
            if a >= 0:
                awaiter[task] = -1
                child[a] = -1
                resume(a)

        def wait_reason(task, value):
            timers = span_timers.get(task)
            known_wait = slot.get(task)
            # The sleep or queue call it awaits, unless another timer may end the wait first (wait_for).
            if known_wait is not None and known_wait[1].cr_frame is not None and (timers is None or len(timers) < 2):
                return known_wait[0]
            if value is None:
                return FOR_VALUE
            if isinstance(value, Task):
                co = value.get_coro()
                code = getattr(co, "cr_code", None)
                if code is not None and (code in traced or traced_file(code.co_filename)):
                    return {"kind": "task", "target": task_of(co)}
            if timers is not None and len(timers) == 1:
                return {"kind": "timer", "ms": timers[0]}
            return FOR_PROMISE

        def request(gen, frame, kind, first):
            """A consumer asks an async generator for a value (or to close or throw)."""
            a = awaited_by(frame)
            by = a if a >= 0 else current()
            if a >= 0 and state[a] == RUN:
                suspend(a, FOR_PROMISE)
                child[a] = gen
                awaiter[gen] = a
            if room():
                emit({"t": now_ms(), "task": by, "kind": kind, "target": gen})
            asked[gen] = False
            if first:
                state[gen] = RUN
                enter_thread(gen)
                if room():
                    emit({"t": now_ms(), "task": gen, "kind": "task", "name": frame.f_code.co_name,
                          "args": _args_of(frame, frame.f_code), "gen": True, "parent": by})
            else:
                resume(gen)

        def started(frame, code):
            co = frame.f_generator
            if code.co_name == "<module>":
                if id(co) not in ids:
                    ids[id(co)] = 0
                    refs[0] = ref(co, lambda _, key=id(co): ids.pop(key, None))
                return
            task = task_of(co)
            if code.co_flags & _CO_ASYNC_GENERATOR:
                is_gen[task] = True
                request(task, frame, "next", True)
                return
            a = awaited_by(frame)
            parent = a if a >= 0 else creator.pop(id(co), current())
            if a >= 0 and state[a] == RUN:
                suspend(a, {"kind": "task", "target": task})
                child[a] = task
                awaiter[task] = a
            state[task] = RUN
            enter_thread(task)
            if room():
                emit({"t": now_ms(), "task": task, "kind": "task", "name": code.co_name,
                      "args": _args_of(frame, code), "gen": False, "parent": parent})

        def known_started(what, frame):
            task = awaited_by(frame)
            if task < 0 or state[task] != RUN:
                return
            if what == "sleep":
                delay = frame.f_locals.get("delay")
                what = {"kind": "timer", "ms": max(0.0, delay * 1000) if type(delay) in (int, float) else 0}
            slot[task] = (what, frame.f_generator)

        def finished(task, exc):
            if state[task] == WAIT:
                resume(task)
            if task == 0:  # the module: only its failure is an event, as on the TypeScript side
                if exc is not None and not isinstance(exc, GeneratorExit) and room():
                    emit({"t": now_ms(), "task": 0, "kind": "reject", "error": error_text(exc)})
                return
            state[task] = DONE
            if exc is None or isinstance(exc, GeneratorExit):  # closed is done, for a generator
                mark(task, "resolve")
            elif room():
                emit({"t": now_ms(), "task": task, "kind": "reject", "error": error_text(exc)})
            leave(task)
            r = refs[task]
            if r is not None:
                co = r()
                if co is not None:
                    ids.pop(id(co), None)
                refs[task] = None
            hand_back(task)

        def broke(err):
            """A bug here must not reach the reader's program: the tracer stops instead."""
            global failure
            failure = err
            switch_off()

        # ---- sys.monitoring callbacks ----------------------------------------------
        def on_start(code, offset):
            try:
                what = known.get(code)
                if what is not None:
                    known_started(what, getframe(1))
                    return None
                if code not in traced:
                    if not (code.co_flags & (_CO_COROUTINE | _CO_ASYNC_GENERATOR)) or not traced_file(code.co_filename):
                        return _DISABLE
                    traced.add(code)
                started(getframe(1), code)
                return None
            except Exception as err:
                broke(err)

        def on_resume(code, offset):
            try:
                if code not in traced:
                    return _DISABLE
                frame = getframe(1)
                task = ids.get(id(frame.f_generator))
                if task is None or child[task] >= 0:
                    return None
                if asked[task]:
                    request(task, frame, "next", False)
                else:
                    resume(task)
                return None
            except Exception as err:
                broke(err)

        def on_throw(code, offset, exc):
            try:
                if code not in traced:
                    return
                frame = getframe(1)
                task = ids.get(id(frame.f_generator))
                if task is None or child[task] >= 0:
                    return
                if asked[task]:
                    request(task, frame, "return" if isinstance(exc, GeneratorExit) else "throw", False)
                else:
                    resume(task)
            except Exception as err:
                broke(err)

        def on_yield(code, offset, value):
            try:
                if code not in traced:
                    return _DISABLE
                task = ids.get(id(getframe(1).f_generator))
                if task is None or child[task] >= 0:
                    return None
                if type(value).__name__ == "async_generator_wrapped_value":
                    inner = referents(value)
                    if room():
                        emit({"t": now_ms(), "task": task, "kind": "yield", "value": short_value(inner[0] if inner else None)})
                    suspend(task, FOR_CONSUMER)
                    asked[task] = True
                    hand_back(task)
                else:
                    suspend(task, wait_reason(task, value))
                return None
            except Exception as err:
                broke(err)

        def on_return(code, offset, value):
            try:
                if code not in traced:
                    return _DISABLE
                task = ids.get(id(getframe(1).f_generator))
                if task is not None:
                    finished(task, None)
                return None
            except Exception as err:
                broke(err)

        def on_unwind(code, offset, exc):
            try:
                if code not in traced:
                    return
                task = ids.get(id(getframe(1).f_generator))
                if task is not None:
                    finished(task, exc)
            except Exception as err:
                broke(err)

        # ---- the loop's timers ----------------------------------------------------------
        loop = self.loop

        def timer_set(ms):
            nonlocal next_timer
            next_timer += 1
            task = current()
            timer_owner[next_timer] = task
            span_timers.setdefault(task, []).append(ms)
            if room():
                emit({"t": now_ms(), "task": task, "kind": "timer", "id": next_timer, "phase": "set", "ms": ms})
            return next_timer

        def firing(timer, callback):
            def fire(*args):
                task = timer_owner.pop(timer, None)
                if off or task is None:
                    return callback(*args)
                handles.pop(handle_of.pop(timer, None), None)
                if room():
                    emit({"t": now_ms(), "task": task, "kind": "timer", "id": timer, "phase": "fire", "ms": 0})
                enter_thread(task)
                try:
                    return callback(*args)
                finally:
                    leave(task)
            # A handle's repr (debug mode, a reader's print) still names the callback.
            fire.__qualname__ = getattr(callback, "__qualname__", fire.__qualname__)
            fire.__wrapped__ = callback
            return fire

        handle_of = {}

        def timed(schedule, delay_of):
            def call(when, callback, *args, context=None):
                nonlocal quiet
                if quiet or off:
                    return schedule(when, callback, *args, context=context)
                ms = max(0.0, delay_of(when) * 1000)
                timer = timer_set(ms)
                quiet += 1
                try:
                    handle = schedule(when, firing(timer, callback), *args, context=context)
                finally:
                    quiet -= 1
                handles[id(handle)] = timer
                handle_of[timer] = id(handle)
                return handle
            return call

        def untimed(schedule):
            def call(*args, **kwargs):
                nonlocal quiet
                quiet += 1
                try:
                    return schedule(*args, **kwargs)
                finally:
                    quiet -= 1
            return call

        def cancelled(original):
            def cancel(handle):
                timer = handles.pop(id(handle), None)
                if timer is not None and not off and not handle.cancelled():
                    handle_of.pop(timer, None)
                    task = timer_owner.pop(timer, None)
                    if task is not None and room():
                        emit({"t": now_ms(), "task": task, "kind": "timer", "id": timer, "phase": "clear", "ms": 0})
                return original(handle)
            return cancel

        def creating(original):
            def create_task(coro, **kwargs):
                code = getattr(coro, "cr_code", None)
                if not off and code is not None and (code in traced or traced_file(code.co_filename)):
                    creator[id(coro)] = current()
                return original(coro, **kwargs)
            return create_task

        # ---- output lines -----------------------------------------------------------------
        line = 0
        line_start = True

        def printed(text):
            """Ticks for the lines a write starts: one per line, when its first character comes."""
            nonlocal line, line_start
            if not text or off:
                return
            starts = line_start + text.count("\n") - text.endswith("\n")
            line_start = text.endswith("\n")
            task = current()
            for _ in range(starts):
                if room():
                    emit({"t": now_ms(), "task": task, "kind": "log", "line": line})
                line += 1

        self.printed = printed
        for name in ("stdout", "stderr"):
            stream = getattr(sys, name)
            if isinstance(stream, io.TextIOWrapper):
                self._patch(sys, name, _ticking(stream, printed))

        loop_type = type(loop)
        self._patch(loop, "call_later", timed(loop.call_later, lambda delay: delay))
        self._patch(loop, "call_at", timed(loop.call_at, lambda when: when - loop.time()))
        # A loop whose call_soon goes through call_later (Pyodide's WebLoop) sets no timer by it.
        if {"call_later", "call_at"} & set(loop_type.call_soon.__code__.co_names):
            self._patch(loop, "call_soon", untimed(loop.call_soon))
        self._patch(loop, "create_task", creating(loop.create_task))
        self._patch(_events.Handle, "cancel", cancelled(_events.Handle.cancel))

        tool = self.tool
        _M.use_tool_id(tool, "async-generators-timeline")
        for event, callback in (
            (_E.PY_START, on_start), (_E.PY_RESUME, on_resume), (_E.PY_THROW, on_throw),
            (_E.PY_YIELD, on_yield), (_E.PY_RETURN, on_return), (_E.PY_UNWIND, on_unwind),
        ):
            _M.register_callback(tool, event, callback)
        _M.set_events(tool, _E.PY_START | _E.PY_RESUME | _E.PY_THROW | _E.PY_YIELD | _E.PY_RETURN | _E.PY_UNWIND)
        self.switch_off = switch_off

    def _patch(self, owner, name, value):
        had = name in vars(owner)
        self.patched.append((owner, name, vars(owner).get(name), had))
        setattr(owner, name, value)

    def stop(self):
        self.switch_off()
        for name in ("stdout", "stderr"):
            if isinstance(getattr(sys, name), _Ticking):
                getattr(sys, name).flush()
        for event in (_E.PY_START, _E.PY_RESUME, _E.PY_THROW, _E.PY_YIELD, _E.PY_RETURN, _E.PY_UNWIND):
            _M.register_callback(self.tool, event, None)
        _M.free_tool_id(self.tool)
        for owner, name, old, had in reversed(self.patched):
            if owner is sys and not isinstance(getattr(sys, name), _Ticking):
                continue  # the program put its own stream there: leave it
            if had:
                setattr(owner, name, old)
            else:
                delattr(owner, name)


def start(emit, now_ms, max_events=MAX_EVENTS, on_limit=None, files=None):
    """Starts recording (see the module's docstring). One tracer at a time."""
    global _current, failure
    if _current is not None:
        stop()
    failure = None
    traced_file = (lambda name, names=frozenset(files): name in names) if files is not None else _default_filter()
    _current = _Tracer(emit, now_ms, max_events, on_limit, traced_file)


def stop():
    """Stops recording and puts back what start() patched."""
    global _current
    if _current is not None:
        tracer, _current = _current, None
        tracer.stop()
