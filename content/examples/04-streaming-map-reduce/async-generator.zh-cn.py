# 异步生成器在两次 yield 之间 await；`async for` 在每个值准备好时拿到它，anext() 则展示底下的协议。
import asyncio
import inspect
import time


# 异步生成器可以在两次 yield 之间 await。
async def count_slowly():
    for i in range(1, 4):
        await asyncio.sleep(0.15)  # 假装在等网络回复
        yield i


async def main():
    t0 = time.perf_counter()

    # `async for` 一次拉取一个值，每个值准备好时才到达。
    async for value in count_slowly():
        print(f"拿到 {value}，用时 {(time.perf_counter() - t0) * 1000:.0f} ms")

    # 底下的协议：anext() 返回一个可等待对象；await 它才得到值。
    print("--- 手动调用 ---")
    gen = count_slowly()
    pending = anext(gen)
    print(inspect.isawaitable(pending))  # True：值还没到
    print(await pending)
    print(await anext(gen))
    print(await anext(gen))
    try:
        await anext(gen)
    except StopAsyncIteration:  # JavaScript：`{ value: undefined, done: true }`
        print("StopAsyncIteration")


asyncio.run(main())
