# The map step under asyncio.gather: all calls start together, finish in order of speed, and the step takes the slowest, about 300 ms.
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

    # Concurrent: gather wraps every coroutine in a task, starts them together, and waits for all.
    t0 = time.perf_counter()
    responses = await asyncio.gather(*(map_one(chunk, "example query") for chunk in chunks))
    print(f"map step: {(time.perf_counter() - t0) * 1000:.0f} ms")  # about max(300, 100, 200) = 300 ms
    # Finished out of order (2, 3, 1), but the results keep the input order:
    print(responses)


asyncio.run(main())
