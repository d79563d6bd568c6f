# The reduce step as an async generator: streamed, the first piece shows after one wait; collected with an async comprehension, nothing shows until the end.
import asyncio
import time


# The reduce step as an async generator: it hands out each piece of the
# answer as soon as it exists, instead of returning the whole answer at the end.
async def stream_reduce(map_responses):
    for response in map_responses:
        await asyncio.sleep(0.2)  # pretend the model needs a moment per piece
        yield f"Reduced result: {response}"


async def main():
    map_responses = [
        "Processed chunk1 with query 'example query'",
        "Processed chunk2 with query 'example query'",
        "Processed chunk3 with query 'example query'",
    ]

    # Streaming: the consumer can show the first piece after one delay.
    print("--- streamed ---")
    t0 = time.perf_counter()
    async for token in stream_reduce(map_responses):
        print(f"{(time.perf_counter() - t0) * 1000:.0f} ms: {token}")

    # Collecting first (an async comprehension, JavaScript's Array.fromAsync): nothing to show until the very end.
    print("--- collected ---")
    t0 = time.perf_counter()
    everything = [token async for token in stream_reduce(map_responses)]
    print(f"{(time.perf_counter() - t0) * 1000:.0f} ms: got all {len(everything)} pieces at once")


asyncio.run(main())
