# Overlapping waits make I/O finish sooner together; CPU work gains nothing from asyncio.
import asyncio
import time


# Simulated I/O: the CPU does nothing while we wait for the "disk" or "network".
async def read(name: str) -> str:
    await asyncio.sleep(0.15)
    return f"{name}: ok"


# Simulated CPU work: the thread is busy the whole time.
def crunch(seconds: float) -> float:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass  # busy: nothing else can run on this thread
    return seconds


def report(label: str, start: float) -> None:
    print(f"{label}: {(time.perf_counter() - start) * 1000:.0f} ms")


async def crunch_async() -> float:
    return crunch(0.06)  # async on the outside, but it never awaits


async def main() -> None:
    start = time.perf_counter()
    for name in ["a", "b", "c"]:
        await read(name)
    report("I/O, one after another", start)

    start = time.perf_counter()
    print(await asyncio.gather(*(read(name) for name in ["a", "b", "c"])))
    report("I/O, waits overlapped", start)

    start = time.perf_counter()
    for _ in range(3):
        crunch(0.06)
    report("CPU, one after another", start)

    # asyncio.to_thread would not help either: the GIL lets one thread compute at a time.
    start = time.perf_counter()
    await asyncio.gather(*(crunch_async() for _ in range(3)))
    report("CPU, 'overlapped'", start)


asyncio.run(main())
