# `async for`，以及手写的同一个循环：__aiter__/__anext__、StopAsyncIteration，还有一个不会关闭生成器的 break。
import asyncio
from contextlib import aclosing


async def letters():
    try:
        yield "a"
        await asyncio.sleep(0.05)
        yield "b"
        await asyncio.sleep(0.05)
        yield "c"
        # 这里不能写 `return "某个值"`：在异步生成器里这是 SyntaxError。
    finally:
        print("  （letters：finally 执行）")


# 一个手写的数据源，第二次 __anext__() 会失败。
class Flaky:
    def __init__(self):
        self.calls = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.calls += 1
        if self.calls == 2:
            raise RuntimeError("数据源出错了")
        return "x"

    async def aclose(self):
        print("  （flaky：调用了 aclose()）")


async def main():
    print("--- `async for` ---")
    async for letter in letters():
        print(letter)

    print("--- 同一个循环，手写版 ---")
    iterator = aiter(letters())  # letters().__aiter__()
    while True:
        try:
            letter = await anext(iterator)  # `await iterator.__anext__()`
        except StopAsyncIteration:  # JavaScript：`{ done: true }`，它还可以带一个值
            print("StopAsyncIteration，不带任何值")
            break
        print(letter)

    print("--- break 之后生成器仍然开着 ---")
    gen = letters()
    async for letter in gen:
        print(letter)
        if letter == "b":
            break  # 和 `for await` 不同，`async for` 在这里什么也不调用
    print("循环之后：finally 还没有执行")
    await gen.aclose()  # 相当于 JavaScript 的 return()，只是不带值
    print("aclose() 之后")

    print("--- aclosing() 在 break 时关闭它 ---")
    async with aclosing(letters()) as gen:
        async for letter in gen:
            print(letter)
            if letter == "b":
                break
    print("离开 aclosing() 块之后：finally 已经执行过了")

    print("--- __anext__() 抛出异常时，不会调用 aclose() ---")
    try:
        async for item in Flaky():
            print(item)
    except RuntimeError as err:
        print(f"捕获到: {err}，而 aclose() 从未执行")


asyncio.run(main())
