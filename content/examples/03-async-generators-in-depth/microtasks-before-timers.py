# asyncio has no microtasks: one ready queue, and an await that has nothing to wait for does not give the loop a turn at all.
import asyncio


async def finished():
    return 1  # returns without ever suspending


async def other_task():
    print("D. another task's first step: queued by create_task, behind C")


async def main():
    loop = asyncio.get_running_loop()

    # 1. The order of one turn of the loop.
    print("A. main() runs (it is the current task)")
    loop.call_soon(print, "C. a call_soon callback: first in the ready queue")
    asyncio.create_task(other_task())
    await finished()  # awaiting a coroutine runs it inline
    fut = loop.create_future()
    fut.set_result(2)
    await fut  # a future that is already done returns at once
    print("B. after two awaits: nothing else has run yet")
    await asyncio.sleep(0)  # a real suspension: C and D run, then main() resumes
    print("E. main() again, after await asyncio.sleep(0)")

    # 2. Awaits that never suspend never let anything in.
    ran = False

    def mark():
        nonlocal ran
        ran = True

    loop.call_soon(mark)
    for _ in range(10_000):
        await finished()
    print(f"after 10,000 awaits, has the callback run? {ran}")

    await asyncio.sleep(0)
    print(f"after await asyncio.sleep(0), has it run? {ran}")
    # Timers are left out on purpose: in CPython a timer that is already due joins the ready
    # queue only at the start of the next turn, so it takes a second sleep(0); in the browser,
    # Pyodide's loop hands every callback to JavaScript and runs such a timer after the first.


asyncio.run(main())
