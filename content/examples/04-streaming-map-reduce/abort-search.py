# Cancelling the search in Python: no signal to thread through, task.cancel() raises CancelledError at whatever await is waiting.
import asyncio
import time


class AsyncSearch:
    async def _map_one(self, chunk, query):
        await asyncio.sleep(0.3)  # a real call would be an aiohttp request: it is cancelled the same way
        return f"Processed {chunk} with query '{query}'"

    async def _stream_reduce(self, map_responses):
        for response in map_responses:
            await asyncio.sleep(0.3)
            yield ("token", f"Reduced result: {response}")

    async def stream_search(self, query):
        try:
            chunks = ["chunk1", "chunk2", "chunk3"]
            # If this task is cancelled here, gather cancels all three calls too.
            map_responses = await asyncio.gather(*(self._map_one(chunk, query) for chunk in chunks))
            yield ("context", "Initial Context Record")
            async for record in self._stream_reduce(map_responses):
                yield record
        finally:
            print("  search: finally")


async def consume(t0):
    async for kind, text in AsyncSearch().stream_search("example query"):
        print(f"{(time.perf_counter() - t0) * 1000:.0f} ms: {text}")
    print(f"{(time.perf_counter() - t0) * 1000:.0f} ms: search complete")


async def run(stop_after):
    t0 = time.perf_counter()
    consumer = asyncio.create_task(consume(t0))
    # Stands in for a Stop button the user presses after `stop_after` seconds.
    stop_button = asyncio.get_running_loop().call_later(stop_after, consumer.cancel)
    try:
        await consumer
    except asyncio.CancelledError:
        print(f"{(time.perf_counter() - t0) * 1000:.0f} ms: cancelled by the user")
    finally:
        stop_button.cancel()  # no timer left behind if the search finished first


async def main():
    print("--- Stop pressed during the map step (at 100 ms) ---")
    await run(0.1)
    print("--- Stop pressed during the reduce step (at 450 ms) ---")
    await run(0.45)


asyncio.run(main())
