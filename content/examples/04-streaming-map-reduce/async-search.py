# The streaming map-reduce search in Python: gather for the map step, the context record first, then the reduce step forwarded with async for.
import asyncio
import time
from dataclasses import dataclass


# What the search yields: first the context it used, then the answer piece by piece.
@dataclass
class ContextRecord:
    records: str


@dataclass
class TokenRecord:
    text: str


# Stands in for a real context builder (a database, a vector index...).
class ContextBuilder:
    def build_context(self):
        return ["chunk1", "chunk2", "chunk3"], "Initial Context Record"


class PrintingCallback:
    def on_map_response_start(self, context_chunks):
        print("Callback: Starting map response with context chunks:", context_chunks)

    def on_map_response_end(self, map_responses):
        print("Callback: Finished map response with results:", map_responses)


class AsyncSearch:
    def __init__(self, context_builder, callbacks):
        self.context_builder = context_builder
        self.callbacks = callbacks

    # Map: one simulated model call per chunk (300 ms of waiting each).
    async def _map_one(self, chunk, query):
        await asyncio.sleep(0.3)
        return f"Processed {chunk} with query '{query}'"

    # Reduce: streams the final answer, one piece every 300 ms.
    async def _stream_reduce(self, map_responses):
        for response in map_responses:
            await asyncio.sleep(0.3)
            yield TokenRecord(f"Reduced result: {response}")

    async def stream_search(self, query):
        chunks, records = self.context_builder.build_context()

        for callback in self.callbacks:
            callback.on_map_response_start(chunks)
        # The coroutines do nothing until gather wraps them in tasks and runs them together.
        map_responses = await asyncio.gather(*(self._map_one(chunk, query) for chunk in chunks))
        for callback in self.callbacks:
            callback.on_map_response_end(map_responses)

        yield ContextRecord(records)  # the context goes out first...
        # ...then every piece of the answer. `yield from` is a SyntaxError in an async
        # generator, so forwarding takes a loop (TypeScript: yield*).
        async for token in self._stream_reduce(map_responses):
            yield token


async def main():
    t0 = time.perf_counter()
    search = AsyncSearch(ContextBuilder(), [PrintingCallback()])
    async for record in search.stream_search("example query"):
        match record:
            case ContextRecord(records=records):
                print("Received:", records)
            case TokenRecord(text=text):
                print("Received:", text)
    print(f"Whole search: {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
