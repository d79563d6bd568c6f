# async for refuses a plain iterable (it needs __aiter__), and for refuses an async generator.
import asyncio
import inspect
import time


async def two():
    await asyncio.sleep(0.1)
    return 2


# A generator whose second value is a coroutine, made only when the loop asks for it.
def values():
    yield 1
    yield two()
    yield 3


async def letters():
    yield "a"
    yield "b"


async def main():
    # 1. async for over a list: refused at once, before any value is read.
    try:
        async for n in [1, 2, 3]:
            print(n)
    except TypeError as err:
        print("async for over a list raises:")
        print(f"TypeError: {err}")

    # 2. What TypeScript's for await does with a sync iterable, written out:
    # a plain for, and an await for each value that is awaitable.
    t0 = time.perf_counter()
    for value in values():
        if inspect.isawaitable(value):
            value = await value
        print(f"for + await got {value} after {(time.perf_counter() - t0) * 1000:.0f} ms")

    # 3. The other way round fails too: an async generator has no __iter__.
    try:
        for letter in letters():
            print(letter)
    except TypeError as err:
        print("for over an async generator raises:")
        print(f"TypeError: {err}")


asyncio.run(main())
