# The async iteration protocol by hand: no generator, just __aiter__ and __anext__.
import asyncio


class SlowList:
    def __init__(self, items: list) -> None:
        self.items = items
        self.index = 0

    # async for calls this first. It must hand back the iterator right away
    # (a plain def); returning self makes the object its own iterator.
    def __aiter__(self):
        return self

    # Every step is awaited: `async def` makes __anext__() return a coroutine.
    async def __anext__(self):
        if self.index >= len(self.items):
            raise StopAsyncIteration  # TypeScript: return { value: undefined, done: true }
        value = self.items[self.index]
        self.index += 1
        await asyncio.sleep(0.1)  # pretend each item takes a while to arrive
        return value


async def main() -> None:
    async for item in SlowList([1, 2, 3, 4, 5]):
        print(f"Got item: {item}")
    print("done: __anext__() raised StopAsyncIteration")


asyncio.run(main())
