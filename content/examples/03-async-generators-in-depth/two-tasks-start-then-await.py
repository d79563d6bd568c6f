# create_task only schedules: in Python "both created" prints before either task starts, the reverse of JavaScript.
import asyncio
import time


async def task1():
    print("task 1 starts")
    await asyncio.sleep(0.2)
    print("task 1 done")
    return "one"


async def task2():
    print("task 2 starts")
    await asyncio.sleep(0.1)
    print("task 2 done")
    return "two"


async def main():
    t0 = time.perf_counter()
    # Start now, await later. create_task only schedules each coroutine: neither body has run
    # when the next line prints. They start when main() first gives control to the loop.
    first = asyncio.create_task(task1())
    second = asyncio.create_task(task2())
    print("both created; nothing awaited yet")
    print("awaited:", await first, await second)
    print(f"total: {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
