# The same CPU-bound map step under asyncio.gather: still about 300 ms, because there is no waiting to overlap.
import asyncio
import time


# "Heavy computation" in the map step: 100 ms of real CPU work per chunk.
def busy_work(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass  # keep the CPU busy: nothing else can run on this thread meanwhile


async def map_one(chunk):
    print(f"start {chunk}")
    busy_work(0.1)
    print(f"done  {chunk}")
    return f"Processed {chunk}"


async def main():
    chunks = ["chunk1", "chunk2", "chunk3"]
    # gather cannot help: there is no waiting to overlap, only work, and the event
    # loop's one thread runs the three tasks one after another.
    t0 = time.perf_counter()
    responses = await asyncio.gather(*(map_one(chunk) for chunk in chunks))
    print(f"map step: {(time.perf_counter() - t0) * 1000:.0f} ms")  # still about 300 ms
    print(responses)


asyncio.run(main())
