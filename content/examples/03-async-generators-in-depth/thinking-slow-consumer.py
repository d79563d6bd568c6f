# The same generator with a consumer that works 30 ms per step: the two waits add up, and the steps come about 80 ms apart.
import asyncio
import time


# The same generator: hand out a step first, then wait 50 ms before the next one.
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
    # This consumer also works 30 ms per step. The generator is paused at its yield
    # meanwhile, and only starts its 50 ms wait when asked for the next step.
    async for step in simulate_thinking():
        print(f"[{(time.perf_counter() - t0) * 1000:.0f} ms] {step}")
        await asyncio.sleep(0.03)
    print(f"total: {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
