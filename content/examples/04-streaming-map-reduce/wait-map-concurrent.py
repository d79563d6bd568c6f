# A map step whose calls wait 100 ms instead of computing: under asyncio.gather the waits overlap, about 100 ms in all.
import asyncio
import time


# The same map step, but each call *waits* 100 ms (a network reply, say)
# instead of computing for 100 ms.
async def map_one(chunk):
    print(f"start {chunk}")
    await asyncio.sleep(0.1)
    print(f"done  {chunk}")
    return f"Processed {chunk}"


async def main():
    chunks = ["chunk1", "chunk2", "chunk3"]
    # The three waits overlap, so the whole step takes about as long as one.
    t0 = time.perf_counter()
    responses = await asyncio.gather(*(map_one(chunk) for chunk in chunks))
    print(f"map step: {(time.perf_counter() - t0) * 1000:.0f} ms")  # about 100 ms
    print(responses)


asyncio.run(main())
