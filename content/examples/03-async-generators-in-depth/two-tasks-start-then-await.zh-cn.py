# create_task 只是安排：在 Python 里，“两个都已创建”先于任何一个任务开始而打印，和 JavaScript 正好相反。
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
    # 现在创建，稍后再 await。create_task 只是把每个协程排进日程：打印下一行时，
    # 两个函数体都还没运行。要等 main() 第一次把控制交给事件循环，它们才开始。
    first = asyncio.create_task(task1())
    second = asyncio.create_task(task2())
    print("两个都已创建；还什么都没 await")
    print("await 的结果:", await first, await second)
    print(f"总计: {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
