# 在异步生成器内部抛出的异常，会从消费者的 `async for` 里冒出来。
import asyncio


async def risky():
    yield "第一个"
    await asyncio.sleep(0.1)
    yield "第二个"
    raise ValueError("出了点问题")


async def main() -> None:
    gen = risky()
    try:
        async for value in gen:
            print(f"值: {value}")
        print("不会打印")
    except ValueError as err:
        # 异常经由 __anext__() 离开生成器，
        # 所以包在 `async for` 外面的 try/except 能捕获它。
        print(f"捕获到 {type(err).__name__}: {err}")

    # 抛出过异常的生成器已经结束：它不会再产出任何东西。
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("出错之后: StopAsyncIteration")


asyncio.run(main())
