# "Heavy computation" in the map step, one chunk after another: 100 ms of CPU work each, about 300 ms.
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
    t0 = time.perf_counter()
    responses = []
    for chunk in chunks:
        responses.append(await map_one(chunk))
    print(f"map step: {(time.perf_counter() - t0) * 1000:.0f} ms")  # about 3 x 100 = 300 ms
    print(responses)


asyncio.run(main())
