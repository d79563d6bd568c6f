# 带 `yield` 的 `async def` 就是异步生成器：await 和 yield 在同一个函数体里。
import asyncio


async def count_up(limit: int):
    for i in range(limit):
        await asyncio.sleep(0.1)  # 每产出一个值之前，先做一些异步工作
        yield i


async def main() -> None:
    async for value in count_up(5):
        print(f"值: {value}")

    # 生成器对象本身就实现了协议：它是自己的异步迭代器。
    gen = count_up(1)
    print("`aiter(gen) is gen`:", aiter(gen) is gen)
    print("type(gen).__name__:", type(gen).__name__)

    # TypeScript 允许在异步生成器里写 yield*；Python 在那里没有 `yield from`。
    try:
        compile("async def f():\n    yield from [1, 2]\n", "<example>", "exec")
    except SyntaxError as err:
        print("SyntaxError:", err.msg)


asyncio.run(main())
