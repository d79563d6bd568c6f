# asyncio can stop a wait in progress: timeout() and cancel() raise CancelledError at the await.
import asyncio
import time


def since(start: float) -> str:
    return f"{(time.perf_counter() - start) * 1000:.0f} ms"


async def ticks():
    try:
        i = 0
        while True:
            await asyncio.sleep(1)  # the cancellation arrives here, in the middle of the wait
            yield i
            i += 1
    finally:
        print("ticks: finally runs")


async def consume() -> None:
    async for tick in ticks():
        print(tick)


async def main() -> None:
    start = time.perf_counter()
    # 1. asyncio.timeout: no signal to pass down, the event loop throws into the pending await.
    try:
        async with asyncio.timeout(0.1):
            await consume()
    except TimeoutError:
        print(f"stopped early: TimeoutError ({since(start)}, not 1000)")

    # 2. task.cancel() does the same from outside the task.
    task = asyncio.create_task(consume())
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print(f"the task was cancelled in the middle of its wait ({since(start)} so far)")
    print(f"done after {since(start)}")


asyncio.run(main())
