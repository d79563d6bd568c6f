# Two tasks awaited one after the other: 200 ms + 100 ms, about 300 ms in all.
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
    # Await one, then the other: task 2 starts only when task 1 has finished.
    a = await task1()
    b = await task2()
    print("results:", a, b)
    print(f"total: {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
