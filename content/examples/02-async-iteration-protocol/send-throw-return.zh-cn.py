# asend(v)、athrow(e) 和 aclose()：TypeScript 里叫 next(v)、throw(e) 和 return(v)。
import asyncio


async def tally():
    total = 0
    try:
        while True:
            try:
                total += yield total  # asend(n) 把 n 送到这里
            except ValueError as err:
                print("tally 捕获:", err)  # athrow(e) 落在这里
    finally:
        print("tally: 清理")


async def main() -> None:
    t = tally()
    try:
        await t.asend(7)  # TypeScript 会丢掉第一次送进去的值；Python 直接拒绝
    except TypeError as err:
        print("TypeError:", err)
    print(await t.asend(None))  # 运行到第一个 yield（anext(t) 效果相同）
    print(await t.asend(5))
    print(await t.asend(10))
    print(await t.athrow(ValueError("输入有误")))  # 在内部被捕获，所以生成器继续运行
    print("aclose() 返回", await t.aclose())  # 执行 finally；不会带回任何值
    try:
        await t.asend(1)
    except StopAsyncIteration:
        print("StopAsyncIteration：永远结束了")


asyncio.run(main())
