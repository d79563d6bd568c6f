# asyncio.as_completed hands out results in the order they finish; here inside an async generator.
import asyncio
import time


async def fetch_page(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return name


async def as_completed_gen(tasks):
    # Like every async generator, this body starts only on the first __anext__().
    print("  as_completed_gen: first __anext__(), waiting for the first result")
    # Before Python 3.13 as_completed is a plain iterator of awaitables: `for`, then `await`.
    for next_done in asyncio.as_completed(tasks):
        yield await next_done


async def main() -> None:
    start = time.perf_counter()
    # Tasks start the pages at once; a list of bare coroutines would start nothing.
    pages = [
        asyncio.create_task(fetch_page("slow page", 0.3)),
        asyncio.create_task(fetch_page("fast page", 0.1)),
        asyncio.create_task(fetch_page("medium page", 0.2)),
    ]

    # The generator object exists, but its body has not run yet: async for starts it.
    results = as_completed_gen(pages)
    print("generator created, body not started yet")
    async for page in results:
        print(f"{(time.perf_counter() - start) * 1000:.0f} ms: {page}")


asyncio.run(main())
