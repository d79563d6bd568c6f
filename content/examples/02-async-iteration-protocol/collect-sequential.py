# Two async generators collected one after the other: the waits add up.
import asyncio
import time


async def gen1():
    for i in range(3):
        await asyncio.sleep(0.2)
        yield f"Gen1: {i}"


async def gen2():
    for i in range(3):
        await asyncio.sleep(0.1)
        yield f"Gen2: {i}"


# An async comprehension drains an async iterable into a list (TypeScript: Array.fromAsync).
async def collect(agen) -> list:
    return [item async for item in agen]


async def main() -> None:
    # Awaiting one before starting the other: 3 x 200 + 3 x 100 ms.
    start = time.perf_counter()
    results1 = await collect(gen1())
    results2 = await collect(gen2())
    print(f"collect: {(time.perf_counter() - start) * 1000:.0f} ms")

    print("Gen1 results:", results1)
    print("Gen2 results:", results2)


asyncio.run(main())
