# 来自一个假想网络源的数据流，由 `async for` 拉取。
import asyncio
import time


async def data_stream(count: int):
    for i in range(count):
        print(f"  数据流: 请求第 {i} 项")
        await asyncio.sleep(0.1)  # 网络延迟
        yield f"第 {i} 项"


async def main() -> None:
    start = time.perf_counter()
    async for item in data_stream(3):
        print(f"收到: {item}")
        await asyncio.sleep(0.05)  # 消费者对每一项自己的处理
    # 基于拉取：消费者干活时，数据流停在 `yield` 处，
    # 所以等待时间会累加：3 x (100 + 50) ms。
    print(f"总计: {(time.perf_counter() - start) * 1000:.0f} ms")


asyncio.run(main())
