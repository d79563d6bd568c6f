# CPU work holds up a 50 ms timer, and await asyncio.sleep(0) between slices lets it in: asyncio has no microtask queue to jump ahead of it.
import asyncio
import time


# CPU-bound work simulated by spinning for `seconds`.
def busy(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass  # no await in here, so nothing else gets a turn


async def finished():
    return None  # returns without suspending


async def trial(label, work):
    loop = asyncio.get_running_loop()
    t0 = time.perf_counter()
    fired = loop.create_future()
    loop.call_later(0.05, lambda: fired.set_result(round((time.perf_counter() - t0) * 1000)))
    await work()
    work_ms = round((time.perf_counter() - t0) * 1000)
    print(f"{label}: work took {work_ms} ms; the 50 ms timer fired at {await fired} ms")


# 1. One 200 ms block of CPU work: the timer has to wait for the end of it.
async def one_block():
    busy(0.2)


# 2. Ten 20 ms slices with an await between them that never suspends: still late,
#    because awaiting a coroutine runs it inline and the loop gets no turn.
async def awaits_that_do_not_suspend():
    for _ in range(10):
        busy(0.02)
        await finished()


# 3. Ten 20 ms slices with await asyncio.sleep(0) between them: each one gives the
#    loop a turn, so the timer fires about on time; the work itself is no faster.
#    (JavaScript's `await Promise.resolve()` looks the same but lets no timer in.)
async def sleep_zero_breaks():
    for _ in range(10):
        busy(0.02)
        await asyncio.sleep(0)


async def main():
    await trial("blocking", one_block)
    await trial("awaits that do not suspend", awaits_that_do_not_suspend)
    await trial("sleep(0) breaks", sleep_zero_breaks)


asyncio.run(main())
