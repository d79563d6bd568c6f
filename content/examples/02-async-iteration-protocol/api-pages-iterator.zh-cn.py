# 从一个假想的 API 获取页面，每次调用 __anext__() 取一页，最多 max_pages 页。
import asyncio


class PageIterator:
    def __init__(self, max_pages: int) -> None:
        self.max_pages = max_pages
        self.current_page = 0

    def __aiter__(self):
        return self

    async def __anext__(self) -> str:
        if self.current_page >= self.max_pages:
            raise StopAsyncIteration
        # 在 await 之前先占下这一页：这样即使调用相互重叠（对 __anext__ 用 asyncio.gather），
        # 也不会重复获取同一页，也不会超过 max_pages 页。
        number = self.current_page
        self.current_page += 1
        await asyncio.sleep(0.1)  # 这就是“API 调用”
        return f"第 {number} 页"


async def main() -> None:
    # 把 `async for` 替你做的事一步步写出来：
    pages = PageIterator(3)
    iterator = aiter(pages)  # 调用 pages.__aiter__()
    while True:
        try:
            page = await anext(iterator)  # await iterator.__anext__()
        except StopAsyncIteration:  # 结束是一个异常，而不是一个结果对象
            print("最后一次调用抛出了 StopAsyncIteration")
            break
        print(f"收到: {page}")

    # 用 `async for` 做同样的事：
    async for page in PageIterator(3):
        print(f"再次收到: {page}")

    # 返回自身的迭代器只能用一次：`pages` 已经耗尽了。
    async for page in pages:
        print("不会打印", page)
    print("对同一个对象再循环一次：什么都不剩了")


asyncio.run(main())
