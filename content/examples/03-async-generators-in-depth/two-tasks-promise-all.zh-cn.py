# 两个任务交给 asyncio.gather：等待相互重叠，总时间是最长的那个（约 200 ms），结果按输入顺序返回。
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
    # gather 把两个协程包成任务、同时运行，并按输入顺序返回结果。
    print("结果:", await asyncio.gather(task1(), task2()))
    print(f"总计: {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
