# `async for` 拒绝普通的可迭代对象（它要的是 __aiter__），`for` 也拒绝异步生成器。
import asyncio
import inspect
import time


async def two():
    await asyncio.sleep(0.1)
    return 2


# 一个生成器，它的第二个值是协程，而且要等循环来要时才创建。
def values():
    yield 1
    yield two()
    yield 3


async def letters():
    yield "a"
    yield "b"


async def main():
    # 1. 用 `async for` 遍历列表：当场被拒，一个值都还没读。
    try:
        async for n in [1, 2, 3]:
            print(n)
    except TypeError as err:
        print("用 `async for` 遍历列表会抛出:")
        print(f"TypeError: {err}")

    # 2. TypeScript 的 `for await` 对同步可迭代对象做的事，手写出来就是：
    # 普通的 `for`，再对每个可 await 的值 await 一下。
    t0 = time.perf_counter()
    for value in values():
        if inspect.isawaitable(value):
            value = await value
        print(f"`for` 加 `await` 拿到 {value}，此时 {(time.perf_counter() - t0) * 1000:.0f} ms")

    # 3. 反过来同样不行：异步生成器没有 __iter__。
    try:
        for letter in letters():
            print(letter)
    except TypeError as err:
        print("用 `for` 遍历异步生成器会抛出:")
        print(f"TypeError: {err}")


asyncio.run(main())
