# 同一个 CPU 密集的映射步骤交给 asyncio.gather：仍然约 300 ms，因为没有可以重叠的等待。
import asyncio
import time


# 映射步骤里的“繁重计算”：每个文本块 100 ms 实打实的 CPU 工作。
def busy_work(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass  # 让 CPU 忙着：在此期间，这个线程上什么别的都运行不了


async def map_one(chunk):
    print(f"开始 {chunk}")
    busy_work(0.1)
    print(f"完成 {chunk}")
    return f"已处理 {chunk}"


async def main():
    chunks = ["chunk1", "chunk2", "chunk3"]
    # gather 帮不上忙：这里没有可以重叠的等待，只有工作，
    # 而事件循环唯一的线程只能把三个任务一个接一个地跑完。
    t0 = time.perf_counter()
    responses = await asyncio.gather(*(map_one(chunk) for chunk in chunks))
    print(f"映射步骤: {(time.perf_counter() - t0) * 1000:.0f} ms")  # 仍然大约 300 ms
    print(responses)


asyncio.run(main())
