# The whole program in Python: a basic async generator with a timing trace, thinking steps, and a word stream printed as it arrives.
import asyncio
import time


# A stopwatch: stopwatch() starts one, calling the result reads it.
def stopwatch():
    start = time.perf_counter()
    return lambda: f"{(time.perf_counter() - start) * 1000:.0f} ms"


# 1. A basic async generator. Its body runs only when someone asks for a value.
async def async_basic(elapsed):
    print(f"  [{elapsed()}] async_basic: body starts")
    for i in range(3):
        await asyncio.sleep(0.1)  # suspends this generator; the event loop is free meanwhile
        yield f"async item {i}"


# 2. Progress messages: yield first, then wait.
async def simulate_thinking():
    steps = [
        "Understanding the question...",
        "Searching the knowledge base...",
        "Analysing the context...",
        "Planning the answer...",
        "Writing it out...",
    ]
    for step in steps:
        yield step
        await asyncio.sleep(0.05)


# 3. A word stream. The text has spaces, so split() finds words.
async def word_stream(text):
    for word in text.split():
        yield word + " "
        await asyncio.sleep(0.03)


# 4. A consumer that shows each piece the moment it arrives: end="" keeps the line open,
#    flush=True pushes the piece out now instead of when the line ends.
async def print_as_it_arrives(stream):
    async for piece in stream:
        print(piece, end="", flush=True)
    print()


# 5. main(): the three demos in order, started by asyncio.run() at the bottom.
async def main():
    rule = "=" * 40

    print(rule)
    print("1. A basic async generator")
    print(rule)
    elapsed = stopwatch()
    basic = async_basic(elapsed)
    print(f"  [{elapsed()}] generator created; nothing has run yet")
    async for item in basic:
        print(f'  [{elapsed()}] got "{item}"')

    print(rule)
    print("2. Simulated thinking")
    print(rule)
    elapsed = stopwatch()
    async for step in simulate_thinking():
        print(f"  [{elapsed()}] {step}")
        await asyncio.sleep(0.03)  # the consumer's own work: the generator waits for it
    print(f"  [{elapsed()}] done")

    print(rule)
    print("3. A word stream")
    print(rule)
    await print_as_it_arrives(word_stream("Streaming output makes a conversation feel natural"))


asyncio.run(main())
