# Drain a collections.deque from the front: not a waiting queue, it ends the moment the deque is empty.
import asyncio
from collections import deque


async def drain(items: deque):
    while items:
        await asyncio.sleep(0.1)
        yield items.popleft()


async def consume(items: deque) -> None:
    async for item in drain(items):
        print(f"Item: {item}")
    print("generator finished: the deque was empty")


async def main() -> None:
    items = deque([1, 2, 3, 4])
    consumer = asyncio.create_task(consume(items))

    await asyncio.sleep(0.15)
    items.append(5)
    print("appended 5 while the generator was still running")

    await consumer
    items.append(6)
    print("appended 6 after it finished; nobody reads it:", items)


asyncio.run(main())
