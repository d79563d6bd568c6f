# A generator and an async generator in Python: two kinds of object, next() against anext(), for against async for.
import asyncio
import inspect
import time


# A generator: values are computed when asked for, one at a time.
def sync_numbers():
    for i in range(3):
        yield i


# An async generator: the same shape, but it may await between values.
async def async_numbers():
    for i in range(3):
        await asyncio.sleep(0.1)  # stands in for I/O; other tasks can run during this wait
        yield i


async def main():
    # Two different kinds of object.
    print(type(sync_numbers()))
    print(type(async_numbers()))

    # next() on a generator returns the value itself...
    print("next(generator):", next(sync_numbers()))
    # ...anext() on an async generator returns an awaitable, and only await gives the value.
    pending = anext(async_numbers())
    print("anext(async generator) returns an awaitable:", inspect.isawaitable(pending))
    print("which gives:", await pending)

    # Consuming them: for for the first, async for for the second.
    for n in sync_numbers():
        print(f"for got {n}")

    t0 = time.perf_counter()
    async for n in async_numbers():
        print(f"async for got {n} after {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
