# 从前端排空一个 collections.deque：它不是会等待的队列，deque 一空它就结束。
import asyncio
from collections import deque


async def drain(items: deque):
    while items:
        await asyncio.sleep(0.1)
        yield items.popleft()


async def consume(items: deque) -> None:
    async for item in drain(items):
        print(f"元素: {item}")
    print("生成器结束了：deque 已经空了")


async def main() -> None:
    items = deque([1, 2, 3, 4])
    consumer = asyncio.create_task(consume(items))

    await asyncio.sleep(0.15)
    items.append(5)
    print("生成器还在运行时，放入了 5")

    await consumer
    items.append(6)
    print("生成器结束后又放入 6；没有人会读它:", items)


asyncio.run(main())
