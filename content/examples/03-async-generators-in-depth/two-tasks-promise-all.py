# Two tasks under asyncio.gather: the waits overlap, the total is the longest one (about 200 ms), results in input order.
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
    # gather wraps both coroutines in tasks, runs them at once, and returns the results in input order.
    print("results:", await asyncio.gather(task1(), task2()))
    print(f"total: {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
