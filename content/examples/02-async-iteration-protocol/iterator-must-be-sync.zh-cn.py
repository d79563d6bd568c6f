# __aiter__ 必须同步地返回迭代器本身：用普通的 `def`。
# 把它写成 `async def`（对应 TypeScript 的 `async [Symbol.asyncIterator]()`）就会出错。
import asyncio
import warnings


class Broken:
    def __init__(self) -> None:
        self.count = 0

    async def __aiter__(self):
        return self  # `async def` 把它包了起来：__aiter__() 交出的是一个协程，而协程没有 __anext__

    async def __anext__(self) -> int:
        if self.count >= 2:
            raise StopAsyncIteration
        self.count += 1
        return self.count - 1


# 修好的版本：普通方法。返回可等待对象的是 __anext__。
class Fixed(Broken):
    def __aiter__(self):
        return self


async def main() -> None:
    # __aiter__ 返回的协程从没被 await，所以 Python 还会为它发出警告；
    # 这里把警告记录下来，只打印它的消息，不带文件路径。
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            async for n in Broken():
                print("不会打印", n)
        except TypeError as err:
            print(f"TypeError: {err}")
    for warning in caught:
        print(f"{warning.category.__name__}: {warning.message}")

    async for n in Fixed():
        print("修好的迭代器给出", n)


asyncio.run(main())
