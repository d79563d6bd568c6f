# asyncio.Queue(maxsize=2) 就是有界队列：队列满时 put() 会等待，这种等待就是背压。
import asyncio

DONE = None  # 放在最后一个元素之后：“没有更多元素了”


async def produce(queue: asyncio.Queue, count: int) -> None:
    for i in range(1, count + 1):
        try:
            await queue.put(i)  # 队列满时在这里等待
        except asyncio.CancelledError:
            print(f"生产者: 等着放入 {i} 时被取消了，消费者已经走了")
            raise
        print(f"生产者: {i} 已入队（缓冲区 {queue.qsize()}/{queue.maxsize}）")
    await queue.put(DONE)
    print("生产者: 完成，结束标记已入队")


# 在队列之上套一个异步生成器，这样消费者就能用 `async for`。
async def items(queue: asyncio.Queue):
    while (item := await queue.get()) is not DONE:
        yield item


async def main() -> None:
    queue = asyncio.Queue(maxsize=2)
    producer = asyncio.create_task(produce(queue, 5))
    await asyncio.sleep(0.05)  # 消费者晚了一步才开始：生产者把队列填满，然后等待
    async for item in items(queue):
        print(f"消费者: 拿到 {item}")
        await asyncio.sleep(0.1)  # 一个慢吞吞的消费者
    await producer
    print("5 个元素全部按顺序送达")

    print("--- 消费者拿到 2 个元素后就停下 ---")
    early = asyncio.Queue(maxsize=2)
    stopped = asyncio.create_task(produce(early, 5))
    async for item in items(early):
        print(f"消费者: 拿到 {item}")
        if item == 2:
            break
    # 队列并不知道它的消费者已经离开（3.13 为此加了 Queue.shutdown()）；
    # 等在 put() 里的生产者会永远等下去，所以取消它。
    stopped.cancel()
    await asyncio.wait([stopped])
    print("没有谁还在等待")


asyncio.run(main())
