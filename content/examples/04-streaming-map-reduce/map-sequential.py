# The map step one call after another: each chunk waits for the one before, and the step takes the sum, about 600 ms.
import asyncio
import time

# The map step: one simulated model call per chunk. Each call mostly *waits*.
latency = {"chunk1": 0.3, "chunk2": 0.1, "chunk3": 0.2}


async def map_one(chunk, query):
    print(f"start {chunk}")
    await asyncio.sleep(latency.get(chunk, 0.1))
    print(f"done  {chunk}")
    return f"Processed {chunk} with query '{query}'"


async def main():
    chunks = ["chunk1", "chunk2", "chunk3"]

    # Sequential: the next call starts only after the previous one finished.
    t0 = time.perf_counter()
    responses = []
    for chunk in chunks:
        responses.append(await map_one(chunk, "example query"))
    print(f"map step: {(time.perf_counter() - t0) * 1000:.0f} ms")  # about 300 + 100 + 200 = 600 ms
    print(responses)


asyncio.run(main())
