# Python 拒绝对异步生成器重叠调用 anext()（TypeScript 会让这些调用排队）。
import asyncio
import time


def since(start: float) -> str:
    return f"{(time.perf_counter() - start) * 1000:.0f} ms"


async def pages():
    p = 0
    while True:
        await asyncio.sleep(0.1)
        yield f"第 {p} 页"
        p += 1


# 手写的 __anext__() 只是一个普通协程：对它的调用可以重叠。
class ByHand:
    def __init__(self, start: float) -> None:
        self.start = start
        self.page = 0

    def __aiter__(self):
        return self

    async def __anext__(self) -> str:
        page = self.page
        self.page += 1
        await asyncio.sleep(0.1)
        return f"第 {page} 页，于 {since(self.start)}"


async def main() -> None:
    # 1. 同时发出三个 anext() 调用：第一个运行，另外两个立刻失败。
    start = time.perf_counter()
    gen = pages()
    for result in await asyncio.gather(anext(gen), anext(gen), anext(gen), return_exceptions=True):
        print(f"生成器: {result!r}")
    print(f"gather 在 {since(start)} 时敲定")

    # 2. 某一步还没完成时调用 aclose()，也会同样失败：它无法打断那一步。
    start = time.perf_counter()
    slow = pages()
    pending = asyncio.create_task(anext(slow))
    await asyncio.sleep(0)  # 让这一步开始：它现在停在 `await asyncio.sleep(0.1)` 里
    try:
        await slow.aclose()
    except RuntimeError as err:
        print(f"于 {since(start)} 调用 aclose(): RuntimeError: {err}")
    print(f"未完成的那一步仍然给出了 {await pending}，于 {since(start)}")
    await slow.aclose()  # 在两步之间，关闭就能成功

    # 3. 手写的迭代器没有这种保护：三个调用就这样同时运行。
    by_hand = ByHand(time.perf_counter())
    for result in await asyncio.gather(anext(by_hand), anext(by_hand), anext(by_hand)):
        print(f"手写的: {result}")


asyncio.run(main())
