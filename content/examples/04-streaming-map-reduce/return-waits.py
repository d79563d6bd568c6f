# aclose() while anext() is still waiting: JavaScript queues return(), asyncio refuses; cancelling the task that runs anext() stops the wait at once.
import asyncio
import time

t0 = time.perf_counter()


def ms():
    return f"{(time.perf_counter() - t0) * 1000:.0f} ms"


async def map_one(chunk, query):
    await asyncio.sleep(0.3)
    return f"Processed {chunk} with query '{query}'"


async def stream_search(query):
    try:
        chunks = ["chunk1", "chunk2", "chunk3"]
        # The map step: 300 ms of waiting.
        map_responses = await asyncio.gather(*(map_one(chunk, query) for chunk in chunks))
        yield ("context", "Initial Context Record")
        for response in map_responses:
            await asyncio.sleep(0.3)
            yield ("token", f"Reduced result: {response}")
    finally:
        print(f"{ms()}: search: finally")


async def main():
    search = stream_search("example query")
    first = asyncio.create_task(anext(search))  # starts the map step
    await asyncio.sleep(0.05)

    print(f"{ms()}: the user gives up, calling aclose()")
    try:
        await search.aclose()  # JavaScript would queue this behind the pending next()
    except RuntimeError as error:
        print(f"{ms()}: aclose() refused: {error}")

    # What asyncio has instead: cancel the task that is waiting inside the generator.
    # CancelledError is raised at that await, so the finally runs now, not at 300 ms.
    first.cancel()
    try:
        await first
    except asyncio.CancelledError:
        print(f"{ms()}: anext() was cancelled; the map step never finished")


asyncio.run(main())
