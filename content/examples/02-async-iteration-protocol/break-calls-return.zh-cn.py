# 在 Python 里，`break` 让异步生成器停在挂起状态：只有关闭它，它的 finally 才会执行。
import asyncio
import itertools
from contextlib import aclosing


async def open_connection(name: str):
    print(f"  [{name}] 连接已打开")
    try:
        for i in itertools.count(1):
            await asyncio.sleep(0.05)
            yield i
    finally:
        await asyncio.sleep(0.05)  # 异步的清理工作，比如跟服务器道别
        print(f"  [{name}] finally: 连接已关闭")


async def main() -> None:
    # break：`async for` 不会调用 aclose()，所以 A 仍然打开着，停在它的 yield 处。
    #（如果没有 `conn` 这个名字，A 会立刻变成垃圾，由事件循环的
    # 终结器在后台关闭它，时机不由你决定。）
    conn = open_connection("A")
    async for n in conn:
        print(f"拿到 {n}")
        if n == 3:
            break
    print("循环之后：A 仍然打开着")
    await conn.aclose()  # 自己关闭它，就会执行 finally，包括其中的 await
    print("aclose() 之后：A 已经关闭了")

    # contextlib.aclosing 在代码块结束时关闭它，就像 TypeScript 的 `for await` 自动做的那样。
    async with aclosing(open_connection("B")) as conn:
        async for n in conn:
            print(f"拿到 {n}")
            if n == 2:
                break
    print("`async with` 结束之后：B 已经关闭了")

    # 循环体抛出异常时也一样：先清理，再进入你的 except。
    try:
        async with aclosing(open_connection("C")) as conn:
            async for n in conn:
                if n == 2:
                    raise RuntimeError("消费者出错了")
    except RuntimeError as err:
        print(f'捕获到“{err}”：C 已经关闭了')


asyncio.run(main())
