# 两个任务一个接一个地 await：200 ms + 100 ms，总共约 300 ms。
import asyncio
import time


async def task1():
    print("任务 1 开始")
    await asyncio.sleep(0.2)
    print("任务 1 完成")
    return "一"


async def task2():
    print("任务 2 开始")
    await asyncio.sleep(0.1)
    print("任务 2 完成")
    return "二"


async def main():
    t0 = time.perf_counter()
    # 先 await 一个，再 await 另一个：任务 1 结束后，任务 2 才开始。
    a = await task1()
    b = await task2()
    print("结果:", a, b)
    print(f"总计: {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
