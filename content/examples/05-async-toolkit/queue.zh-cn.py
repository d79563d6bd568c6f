# `asyncio.Queue(maxsize=2)`：一个生产者、三个消费者、一颗让它们停下的毒丸，还有一个会放弃的 get()。
import asyncio
import time

t0 = time.perf_counter()


def since():
    return f"{(time.perf_counter() - t0) * 1000:.0f} ms"


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)  # 队列里已经有 2 个元素时，在这里等待
        print(f"生产了 {i}（{since()}）")
    await queue.put(None)  # 毒丸：“没有活了”
    print(f"生产者完成（{since()}）")


# 每个消费者处理一个元素要 100 ms，三者的启动时间相隔 30 ms。（如果同时启动，它们会
# 严格轮流，但它们的定时器会同时到期，在浏览器里生产者可能趁机插到它们中间：
# 输出的行就会换了顺序。）
async def consumer(queue, name, start):
    await asyncio.sleep(start)
    while True:
        item = await queue.get()
        if item is None:
            await queue.put(None)  # 把毒丸传给下一个消费者
            print(f"  [{name}] 停止")
            return
        print(f"  [{name}] 消费 {item}")
        await asyncio.sleep(0.1)  # 模拟处理过程


async def main():
    queue = asyncio.Queue(maxsize=2)
    consumers = [
        asyncio.create_task(consumer(queue, name, start))
        for name, start in [("C0", 0), ("C1", 0.03), ("C2", 0.06)]
    ]
    await producer(queue, 9)
    await asyncio.gather(*consumers)
    print(f"全部完成（{since()}）")

    # 一个 50 ms 后放弃的 get()：wait_for() 会取消它，而被取消的 get() 会离开队伍，
    # 所以下一个元素不会丢。
    inbox = asyncio.Queue()
    try:
        await asyncio.wait_for(inbox.get(), timeout=0.05)
    except TimeoutError:
        print("get: 50 ms 内什么都没来")
    await inbox.put("迟到的元素")
    print(f"下一次 get() 收到了“{await inbox.get()}”")


    # maxsize=0（默认值）表示不设上限：连续五次 put() 都不必等 get()。
    unbounded = asyncio.Queue(0)
    for i in range(5):
        await unbounded.put(i)
    drained = [unbounded.get_nowait() for _ in range(5)]
    print(f"Queue(0) 装下了全部五个: {', '.join(map(str, drained))}")


asyncio.run(main())
