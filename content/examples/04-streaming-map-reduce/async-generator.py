# An async generator awaits between its yields; async for gets each value when it is ready, and anext() shows the protocol underneath.
import asyncio
import inspect
import time


# An async generator may await between its yields.
async def count_slowly():
    for i in range(1, 4):
        await asyncio.sleep(0.15)  # pretend to wait for a network reply
        yield i


async def main():
    t0 = time.perf_counter()

    # async for pulls one value at a time, and each value arrives when it is ready.
    async for value in count_slowly():
        print(f"got {value} after {(time.perf_counter() - t0) * 1000:.0f} ms")

    # The protocol underneath: anext() returns an awaitable; awaiting it gives the value.
    print("--- by hand ---")
    gen = count_slowly()
    pending = anext(gen)
    print(inspect.isawaitable(pending))  # True: the value is not there yet
    print(await pending)
    print(await anext(gen))
    print(await anext(gen))
    try:
        await anext(gen)
    except StopAsyncIteration:  # JavaScript: { value: undefined, done: true }
        print("StopAsyncIteration")


asyncio.run(main())
