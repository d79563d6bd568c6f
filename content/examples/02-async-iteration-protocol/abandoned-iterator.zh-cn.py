# 在 Python 里，被丢下的异步生成器不会就此丢失：asyncio 最终会关闭它，它的 finally 会执行。
import asyncio
from contextlib import aclosing


async def with_cleanup(name: str):
    try:
        for i in range(1, 6):
            await asyncio.sleep(0.02)
            yield i
    finally:
        print(f"  [{name}] finally 执行了")


async def main() -> None:
    # 1. 手动取两个值，然后走开：生成器停在它的 yield 处。
    abandoned = with_cleanup("被丢下的")
    print("被丢下的:", await anext(abandoned), await anext(abandoned))

    # 2. 取两个值，然后自己关闭它：aclose() 在 yield 处
    #    抛出 GeneratorExit，所以 finally 会执行。
    closed = with_cleanup("已关闭的")
    print("已关闭的:", await anext(closed), await anext(closed))
    print("aclose() 返回", await closed.aclose())

    # 3. 或者让 contextlib.aclosing 在代码块结束时关闭它。
    async with aclosing(with_cleanup("循环")) as gen:
        async for n in gen:
            if n == 2:
                break

    print("main() 结束：“被丢下的”那个仍然停在它的 yield 处")


# asyncio.run 会关闭剩下的生成器（先是事件循环的终结器，再是 shutdown_asyncgens()），
# 所以 main() 结束之后，“被丢下的”那个终究会打印它的 finally。JavaScript 从来不会这样做。
asyncio.run(main())
