# asyncio.as_completed 按完成的顺序交出结果；这里把它放进一个异步生成器。
import asyncio
import time


async def fetch_page(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return name


async def as_completed_gen(tasks):
    # 和所有异步生成器一样，这个函数体要到第一次 __anext__() 才开始。
    print("  as_completed_gen: 第一次 __anext__()，等待第一个结果")
    # Python 3.13 之前，as_completed 是可等待对象的普通迭代器：先 `for`，再 `await`。
    for next_done in asyncio.as_completed(tasks):
        yield await next_done


async def main() -> None:
    start = time.perf_counter()
    # 任务会立刻开始获取页面；一个裸协程的列表什么都不会开始。
    pages = [
        asyncio.create_task(fetch_page("慢页面", 0.3)),
        asyncio.create_task(fetch_page("快页面", 0.1)),
        asyncio.create_task(fetch_page("中速页面", 0.2)),
    ]

    # 生成器对象已经存在，但函数体还没运行：由 `async for` 启动它。
    results = as_completed_gen(pages)
    print("生成器已创建，函数体尚未开始")
    async for page in results:
        print(f"{(time.perf_counter() - start) * 1000:.0f} ms: {page}")


asyncio.run(main())
