# Python 的协程是惰性的：调用 work() 什么都不运行，直到 await 它或把它变成 Task。
import asyncio
import time


async def work(name: str, delay: float = 0.1) -> str:
    print(f"  {name}: 函数体开始")
    await asyncio.sleep(delay)
    print(f"  {name}: 函数体结束")
    return name


def since(start: float) -> str:
    return f"{(time.perf_counter() - start) * 1000:.0f} ms"


async def main() -> None:
    # 在 TypeScript 里，调用会立刻运行函数体。这里它只创建一个协程对象。
    print("1. 调用 work('a')，但不 await 它")
    coro = work("a")
    print("2. 回到调用方，什么都还没运行")
    await coro  # 函数体现在才运行

    # create_task 调度这个协程：它的函数体要等事件循环下次拿到控制权时才开始。
    print("3. create_task(work('b'))")
    task = asyncio.create_task(work("b"))
    print("4. 任务已经存在，但还没开始；现在 await 它")
    await task

    # 一个接一个 await 的协程，也就一个接一个地运行……
    start = time.perf_counter()
    x = work("x")
    y = work("y", 0.12)
    await x
    await y
    print(f"x 和 y 作为协程，先后运行: {since(start)}")

    # ……而任务会一起运行，就像 TypeScript 里的调用一样。（y 多等 20 ms，
    # 这样两者不会在同一时刻结束，在浏览器里也不会调换顺序。）
    start = time.perf_counter()
    x = asyncio.create_task(work("x"))
    y = asyncio.create_task(work("y", 0.12))
    await x
    await y
    print(f"x 和 y 作为任务，一起运行: {since(start)}")


asyncio.run(main())
