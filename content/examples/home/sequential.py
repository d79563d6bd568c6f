# Three tasks that each wait about 300 ms, awaited one after another.
import asyncio
import time

# The delays differ by 20 ms, as in the concurrent example next to this one.
TASKS = [("A", 0.30), ("B", 0.32), ("C", 0.34)]


async def task(name: str, delay: float) -> str:
    print(f"{name} starts")
    await asyncio.sleep(delay)
    print(f"{name} done")
    return name


async def main() -> None:
    start = time.perf_counter()
    for name, delay in TASKS:
        await task(name, delay)  # the next task starts only when this one has finished
    print(f"sequential: {time.perf_counter() - start:.2f} s")


asyncio.run(main())
