# A stream of items from a pretend network source, pulled by async for.
import asyncio
import time


async def data_stream(count: int):
    for i in range(count):
        print(f"  stream: requesting item {i}")
        await asyncio.sleep(0.1)  # network latency
        yield f"Item {i}"


async def main() -> None:
    start = time.perf_counter()
    async for item in data_stream(3):
        print(f"Received: {item}")
        await asyncio.sleep(0.05)  # the consumer's own work on each item
    # Pull-based: the stream sits paused at `yield` while the consumer works,
    # so the waits add up: 3 x (100 + 50) ms.
    print(f"total: {(time.perf_counter() - start) * 1000:.0f} ms")


asyncio.run(main())
