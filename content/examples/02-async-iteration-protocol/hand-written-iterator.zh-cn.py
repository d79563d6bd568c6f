# 手写异步迭代协议：没有生成器，只有 __aiter__ 和 __anext__。
import asyncio


class SlowList:
    def __init__(self, items: list) -> None:
        self.items = items
        self.index = 0

    # `async for` 首先调用它。它必须立刻交回迭代器
    #（用普通的 def）；返回 self 让这个对象成为它自己的迭代器。
    def __aiter__(self):
        return self

    # 每一步都要 await：`async def` 让 __anext__() 返回一个协程。
    async def __anext__(self):
        if self.index >= len(self.items):
            raise StopAsyncIteration  # TypeScript：return { value: undefined, done: true }
        value = self.items[self.index]
        self.index += 1
        await asyncio.sleep(0.1)  # 假装每个元素都要过一会儿才到
        return value


async def main() -> None:
    async for item in SlowList([1, 2, 3, 4, 5]):
        print(f"拿到元素: {item}")
    print("结束：__anext__() 抛出了 StopAsyncIteration")


asyncio.run(main())
