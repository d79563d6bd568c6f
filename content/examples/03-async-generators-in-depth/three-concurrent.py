# The same three tasks under asyncio.gather: their 100 ms waits overlap, so the run takes about 300 ms.
import asyncio
import time


# The same three tasks as in the sequential version.
async def task(task_id):
    for step in range(3):
        await asyncio.sleep(0.1)
        yield f"task {task_id}: step {step}"


async def consume(task_id):
    async for line in task(task_id):
        print(line)


async def main():
    t0 = time.perf_counter()
    # All three at once: gather wraps each coroutine in a task and waits for them all.
    # Unlike map() in JavaScript, consume(1) alone starts nothing: gather does the starting.
    await asyncio.gather(*(consume(task_id) for task_id in [1, 2, 3]))
    print(f"total: {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
