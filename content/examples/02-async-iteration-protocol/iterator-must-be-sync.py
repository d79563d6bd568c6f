# __aiter__ must return the iterator itself, synchronously: a plain `def`.
# Making it `async def` (the mirror of TypeScript's `async [Symbol.asyncIterator]()`) breaks it.
import asyncio
import warnings


class Broken:
    def __init__(self) -> None:
        self.count = 0

    async def __aiter__(self):
        return self  # `async def` wraps this: __aiter__() hands out a coroutine, which has no __anext__

    async def __anext__(self) -> int:
        if self.count >= 2:
            raise StopAsyncIteration
        self.count += 1
        return self.count - 1


# Fixed: a plain method. __anext__ is the one that returns awaitables.
class Fixed(Broken):
    def __aiter__(self):
        return self


async def main() -> None:
    # The coroutine that __aiter__ returned is never awaited, so Python also warns about it;
    # the warning is recorded here, to print its message without the file's path.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            async for n in Broken():
                print("never printed", n)
        except TypeError as err:
            print(f"TypeError: {err}")
    for warning in caught:
        print(f"{warning.category.__name__}: {warning.message}")

    async for n in Fixed():
        print("fixed iterator gave", n)


asyncio.run(main())
