# A Python coroutine is lazy: calling work() runs nothing until it is awaited or made a Task.
import asyncio
import time


async def work(name: str, delay: float = 0.1) -> str:
    print(f"  {name}: body starts")
    await asyncio.sleep(delay)
    print(f"  {name}: body ends")
    return name


def since(start: float) -> str:
    return f"{(time.perf_counter() - start) * 1000:.0f} ms"


async def main() -> None:
    # In TypeScript the call runs the body at once. Here it only makes a coroutine object.
    print("1. calling work('a'), not awaiting it")
    coro = work("a")
    print("2. back in the caller, and nothing has run yet")
    await coro  # the body runs now

    # create_task schedules the coroutine: its body starts when the loop next gets control.
    print("3. create_task(work('b'))")
    task = asyncio.create_task(work("b"))
    print("4. the task exists but has not started; awaiting it")
    await task

    # Coroutines awaited one after the other run one after the other...
    start = time.perf_counter()
    x = work("x")
    y = work("y", 0.12)
    await x
    await y
    print(f"x then y as coroutines: {since(start)}")

    # ...while tasks run together, as TypeScript's calls do. (y waits 20 ms longer,
    # so that the two never finish at the same moment and swap places in the browser.)
    start = time.perf_counter()
    x = asyncio.create_task(work("x"))
    y = asyncio.create_task(work("y", 0.12))
    await x
    await y
    print(f"x and y as tasks: {since(start)}")


asyncio.run(main())
