# CPU-bound steps under gather: still about 900 ms, and unlike JavaScript the lines do not even interleave.
import asyncio
import time


# A busy loop: 100 ms of real computation, not waiting.
def compute(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass  # pretend to crunch numbers


# Same shape as before, but each step computes instead of waiting.
async def task(task_id):
    for step in range(3):
        compute(0.1)
        yield f"task {task_id}: step {step}"


async def consume(task_id):
    # In JavaScript every for await step resumes in a microtask, so the three consumers take
    # turns. An asyncio task gives way only at an await that really suspends, and this
    # generator never suspends: each consumer runs all its steps in one go.
    async for line in task(task_id):
        print(line)


async def main():
    t0 = time.perf_counter()
    # gather again, but there is nothing to overlap: one thread does all the work.
    await asyncio.gather(*(consume(task_id) for task_id in [1, 2, 3]))
    print(f"total: {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
