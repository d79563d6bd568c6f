# `async with`，也就是 `await using` 模仿的原型：有进入钩子，按相反顺序退出，退出时能看到异常，还可以把它吞掉。
import asyncio


class Connection:
    def __init__(self, name, close_fails=False, swallow=False):
        self.name = name
        self.close_fails = close_fails
        self.swallow = swallow

    async def __aenter__(self):  # `await using` 所缺的进入钩子
        await asyncio.sleep(0.01)
        print(f"  打开 {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):  # 如果代码块抛出了异常，这里会收到它
        await asyncio.sleep(0.01)
        print(f"  关闭 {self.name}" + (f"（代码块抛出了 {exc_type.__name__}）" if exc_type else ""))
        if self.close_fails:
            raise RuntimeError(f"关闭 {self.name} 失败")
        return self.swallow  # 返回 True 就吞掉代码块的异常


async def main():
    print("--- 代码块正常结束 ---")
    async with Connection("a"), Connection("b"):
        print("  使用 a 和 b 干活")
    # 按相反顺序关闭：先 b，后 a

    print("--- 代码块抛出异常 ---")
    try:
        async with Connection("c"):
            raise ValueError("代码块失败了")
    except ValueError as err:
        print(f"捕获: {err}")

    print("--- __aexit__ 返回 True ---")
    async with Connection("s", swallow=True):
        raise ValueError("代码块失败了")
    print("代码块之后：异常被吞掉了")

    print("--- 代码块抛出异常，关闭时也失败了 ---")
    try:
        async with Connection("d", close_fails=True):
            raise ValueError("代码块失败了")
    except RuntimeError as err:
        # JavaScript 会把两者包进一个 SuppressedError；Python 则抛出退出时的异常，
        # 并把代码块的异常保留为它的 __context__。
        print(f"捕获到 {type(err).__name__}: {err}；__context__: {err.__context__}")


asyncio.run(main())
