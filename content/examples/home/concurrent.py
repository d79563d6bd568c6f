# The same three tasks, started together with asyncio.gather and awaited as a group.
import asyncio
import time

# The delays differ by 20 ms so that the tasks finish in the same order on every run:
# timers that fall due at the same moment may fire in either order in the browser.
TASKS = [("A", 0.30), ("B", 0.32), ("C", 0.34)]


async def task(name: str, delay: float) -> str:
    print(f"{name} starts")
    await asyncio.sleep(delay)
    print(f"{name} done")
    return name


async def main() -> None:
    start = time.perf_counter()
    results = await asyncio.gather(*(task(name, delay) for name, delay in TASKS))  # the waits overlap
    print(f"concurrent: {time.perf_counter() - start:.2f} s")
    print(results)  # in the order of the arguments, not of finishing


asyncio.run(main())
