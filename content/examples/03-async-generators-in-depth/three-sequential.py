# Three async generators of three 100 ms steps each, consumed one after another: the waits add up to about 900 ms.
import asyncio
import time


# Each task is an async generator: three steps, each waiting 100 ms (think: a request).
async def task(task_id):
    for step in range(3):
        await asyncio.sleep(0.1)
        yield f"task {task_id}: step {step}"


async def consume(task_id):
    async for line in task(task_id):
        print(line)


async def main():
    t0 = time.perf_counter()
    # One after another: task 2 does not start until task 1 has finished.
    for task_id in [1, 2, 3]:
        await consume(task_id)
    print(f"total: {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
