# Two async generators collected at the same time with asyncio.gather: the waits overlap.
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
    # Start both collectors, then wait for both (TypeScript: Promise.all).
    # Their sleeps overlap, so the total is the slower one: about 3 x 200 ms.
    start = time.perf_counter()
    results1, results2 = await asyncio.gather(collect(gen1()), collect(gen2()))
    print(f"collect: {(time.perf_counter() - start) * 1000:.0f} ms")

    print("Gen1 results:", results1)
    print("Gen2 results:", results2)


asyncio.run(main())
