# Python refuses overlapping anext() calls on an async generator (TypeScript queues them).
import asyncio
import time


def since(start: float) -> str:
    return f"{(time.perf_counter() - start) * 1000:.0f} ms"


async def pages():
    p = 0
    while True:
        await asyncio.sleep(0.1)
        yield f"Page {p}"
        p += 1


# A hand-written __anext__() is an ordinary coroutine: calls to it may overlap.
class ByHand:
    def __init__(self, start: float) -> None:
        self.start = start
        self.page = 0

    def __aiter__(self):
        return self

    async def __anext__(self) -> str:
        page = self.page
        self.page += 1
        await asyncio.sleep(0.1)
        return f"Page {page} at {since(self.start)}"


async def main() -> None:
    # 1. Three anext() calls at once: the first one runs, the other two fail at once.
    start = time.perf_counter()
    gen = pages()
    for result in await asyncio.gather(anext(gen), anext(gen), anext(gen), return_exceptions=True):
        print(f"generator: {result!r}")
    print(f"gather settled at {since(start)}")

    # 2. aclose() while a step is pending fails the same way: it cannot cut the step short.
    start = time.perf_counter()
    slow = pages()
    pending = asyncio.create_task(anext(slow))
    await asyncio.sleep(0)  # let the step start: it is now inside `await asyncio.sleep(0.1)`
    try:
        await slow.aclose()
    except RuntimeError as err:
        print(f"aclose() at {since(start)}: RuntimeError: {err}")
    print(f"the pending step still gave {await pending} at {since(start)}")
    await slow.aclose()  # between two steps, closing works

    # 3. A hand-written iterator has no such guard: the three calls simply run at the same time.
    by_hand = ByHand(time.perf_counter())
    for result in await asyncio.gather(anext(by_hand), anext(by_hand), anext(by_hand)):
        print(f"hand-written: {result}")


asyncio.run(main())
