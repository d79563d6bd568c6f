# Python 里的生成器和异步生成器：两种对象，next() 对 anext()，for 对 `async for`。
import asyncio
import inspect
import time


# 生成器：值在被索取时才计算，一次一个。
def sync_numbers():
    for i in range(3):
        yield i


# 异步生成器：形状相同，但两个值之间可以 await。
async def async_numbers():
    for i in range(3):
        await asyncio.sleep(0.1)  # 代替 I/O；等待期间，别的任务可以运行
        yield i


async def main():
    # 两种不同的对象。
    print(type(sync_numbers()))
    print(type(async_numbers()))

    # 生成器的 next() 直接返回值本身……
    print("next(生成器):", next(sync_numbers()))
    # ……异步生成器的 anext() 返回一个可等待对象，只有 await 才拿到值。
    pending = anext(async_numbers())
    print("anext(异步生成器) 返回可等待对象:", inspect.isawaitable(pending))
    print("await 之后得到:", await pending)

    # 消费它们：前者用 for，后者用 `async for`。
    for n in sync_numbers():
        print(f"for 拿到 {n}")

    t0 = time.perf_counter()
    async for n in async_numbers():
        print(f"异步循环拿到 {n}，此时 {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
