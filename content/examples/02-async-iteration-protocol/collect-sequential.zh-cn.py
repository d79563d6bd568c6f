# 两个异步生成器，一个收集完再收集另一个：等待时间会累加。
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
    # 先 await 完一个，再开始另一个：3 x 200 + 3 x 100 ms。
    start = time.perf_counter()
    results1 = await collect(gen1())
    results2 = await collect(gen2())
    print(f"收集: {(time.perf_counter() - start) * 1000:.0f} ms")

    print("Gen1 的结果:", results1)
    print("Gen2 的结果:", results2)


asyncio.run(main())
