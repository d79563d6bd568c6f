# break out of async for closes nothing in Python: the finally blocks run later, when the loop finalises the generator; aclosing() runs them at once.
import asyncio
import time
from contextlib import aclosing


class AsyncSearch:
    async def _map_one(self, chunk, query):
        await asyncio.sleep(0.2)
        return f"Processed {chunk} with query '{query}'"

    async def _stream_reduce(self, map_responses):
        try:
            for response in map_responses:
                await asyncio.sleep(0.2)
                yield ("token", f"Reduced result: {response}")
        finally:
            print("  reduce: finally (the model stream would be closed here)")

    async def stream_search(self, query):
        print("  search: started")
        try:
            chunks = ["chunk1", "chunk2", "chunk3"]
            map_responses = await asyncio.gather(*(self._map_one(chunk, query) for chunk in chunks))
            yield ("context", "Initial Context Record")
            # Forwarding with async for would not pass a close on to the inner generator;
            # aclosing() does, so the inner finally runs first, as through yield* in JavaScript.
            async with aclosing(self._stream_reduce(map_responses)) as reduce:
                async for record in reduce:
                    yield record
            print("  search: finished normally")  # never printed in this run
        finally:
            print("  search: finally (release connections, stop timers...)")


async def consume(records, t0):
    async for kind, text in records:
        if kind == "context":
            print(f"{(time.perf_counter() - t0) * 1000:.0f} ms: context: {text}")
            continue
        print(f"{(time.perf_counter() - t0) * 1000:.0f} ms: token: {text}")
        print("One piece of the answer is enough: break")
        break


async def main():
    print("--- a bare break ---")
    t0 = time.perf_counter()
    await consume(AsyncSearch().stream_search("example query"), t0)
    print(f"{(time.perf_counter() - t0) * 1000:.0f} ms: after the loop; no finally has run yet")
    # The abandoned generators are closed by the event loop's finalizer hook, in later turns.
    await asyncio.sleep(0.05)

    print("--- break inside aclosing() ---")
    t0 = time.perf_counter()
    async with aclosing(AsyncSearch().stream_search("example query")) as records:
        await consume(records, t0)
    print(f"{(time.perf_counter() - t0) * 1000:.0f} ms: after the loop; the two remaining pieces were never computed")


asyncio.run(main())
