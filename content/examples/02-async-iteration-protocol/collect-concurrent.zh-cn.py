# 用 asyncio.gather 同时收集两个异步生成器：等待互相重叠。
import asyncio
import time


async def gen1():
    for i in range(3):
        await asyncio.sleep(0.2)
        yield f"Gen1: {i}"


async def gen2():
    for i in range(3):
        await asyncio.sleep(0.1)
        yield f"Gen2: {i}"


# 异步推导式把一个异步可迭代对象排空到列表里（TypeScript：Array.fromAsync）。
async def collect(agen) -> list:
    return [item async for item in agen]


async def main() -> None:
    # 先启动两个收集器，再等它们都完成（TypeScript：Promise.all）。
    # 它们的等待互相重叠，所以总时间就是较慢的那个：约 3 x 200 ms。
    start = time.perf_counter()
    results1, results2 = await asyncio.gather(collect(gen1()), collect(gen2()))
    print(f"收集: {(time.perf_counter() - start) * 1000:.0f} ms")

    print("Gen1 的结果:", results1)
    print("Gen2 的结果:", results2)


asyncio.run(main())
