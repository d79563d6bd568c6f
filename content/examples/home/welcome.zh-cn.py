# 一个写异步 Python 的草稿本。随便改，然后点“运行”（Ctrl+Enter）。
import asyncio
from collections.abc import AsyncIterator


async def countdown(start: int) -> AsyncIterator[int]:
    for n in range(start, 0, -1):
        await asyncio.sleep(0.2)
        yield n
    # 在 Python 里，异步生成器不能 `return` 一个值：它在这里直接结束。


async def main() -> None:
    async for n in countdown(3):
        print(n)
    print({"status": "完成"})


asyncio.run(main())
