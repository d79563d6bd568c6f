# async for, and the same loop by hand: __aiter__/__anext__, StopAsyncIteration, and a break that leaves the generator open.
import asyncio
from contextlib import aclosing


async def letters():
    try:
        yield "a"
        await asyncio.sleep(0.05)
        yield "b"
        await asyncio.sleep(0.05)
        yield "c"
        # No `return "a value"` here: in an async generator that is a SyntaxError.
    finally:
        print("  (letters: finally runs)")


# A hand-written source whose second __anext__() fails.
class Flaky:
    def __init__(self):
        self.calls = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.calls += 1
        if self.calls == 2:
            raise RuntimeError("the source failed")
        return "x"

    async def aclose(self):
        print("  (flaky: aclose() called)")


async def main():
    print("--- async for ---")
    async for letter in letters():
        print(letter)

    print("--- the same loop, by hand ---")
    iterator = aiter(letters())  # letters().__aiter__()
    while True:
        try:
            letter = await anext(iterator)  # await iterator.__anext__()
        except StopAsyncIteration:  # JavaScript: { done: true }, which may carry a value
            print("StopAsyncIteration, with no value")
            break
        print(letter)

    print("--- break leaves the generator open ---")
    gen = letters()
    async for letter in gen:
        print(letter)
        if letter == "b":
            break  # unlike for await, async for calls nothing here
    print("after the loop: the finally has not run yet")
    await gen.aclose()  # JavaScript's return(), without a value
    print("after aclose()")

    print("--- aclosing() closes it on break ---")
    async with aclosing(letters()) as gen:
        async for letter in gen:
            print(letter)
            if letter == "b":
                break
    print("after the async with block: the finally has run")

    print("--- __anext__() raises: aclose() is not called ---")
    try:
        async for item in Flaky():
            print(item)
    except RuntimeError as err:
        print(f"caught: {err}, and aclose() never ran")


asyncio.run(main())
