# 异步生成器在第一次 anext() 之前是惰性的，最后以 StopAsyncIteration 结束。
import asyncio


async def steps():
    print("  [steps] 函数体开始")
    await asyncio.sleep(0.05)
    yield "第一步"
    await asyncio.sleep(0.05)
    yield "第二步"
    # 这里没有 `return 2`：在异步生成器里，带值的 return 是 SyntaxError。


async def main() -> None:
    gen = steps()
    print("已调用 steps()：函数体还没有运行")
    await asyncio.sleep(0.1)
    print("100 ms 过去了，仍然什么都没发生；现在第一次调用 anext()")
    print(await anext(gen))
    print(await anext(gen))
    for attempt in ["结束了", "永远结束了"]:
        try:
            await anext(gen)
        except StopAsyncIteration:
            print(f"StopAsyncIteration: {attempt}")

    print("用 `async for` 遍历一个新的生成器:")
    async for step in steps():
        print(f"  循环体拿到 {step}")

    # TypeScript 的异步生成器可以返回一个值（它搭在 done: true 上）；Python 的不行。
    try:
        compile("async def f():\n    yield 1\n    return 2\n", "<example>", "exec")
    except SyntaxError as err:
        print("SyntaxError:", err.msg)


asyncio.run(main())
