# An async generator that yields a step, then waits 50 ms; a consumer that only prints sees the steps about 50 ms apart.
import asyncio
import time


# Hand out a step first, then wait 50 ms before the next one.
async def simulate_thinking():
    steps = [
        "Understanding the question...",
        "Searching the knowledge base...",
        "Analysing the context...",
        "Planning the answer...",
        "Writing it out...",
    ]
    for step in steps:
        yield step
        await asyncio.sleep(0.05)


async def main():
    t0 = time.perf_counter()
    # This consumer only prints, so the generator's 50 ms alone sets the pace.
    async for step in simulate_thinking():
        print(f"[{(time.perf_counter() - t0) * 1000:.0f} ms] {step}")
    print(f"total: {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
