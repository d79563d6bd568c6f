# asyncio 的 Future：一个可等待对象，结果由别人稍后设置（TypeScript：Promise.withResolvers()）。
import asyncio


async def main() -> None:
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    # 稍后由别人来完成它（TypeScript：resolve(42)）。
    loop.call_later(0.1, fut.set_result, 42)

    # 和 Promise 不同，Future 随时都能告诉你它的状态。
    print("完成了吗？", fut.done())
    print("拿到", await fut)
    print("完成了吗？", fut.done(), "| result():", fut.result())

    # 再设置一次结果会出错（TypeScript 会悄悄忽略）。
    try:
        fut.set_result(43)
    except asyncio.InvalidStateError as err:
        print("再次 set_result:", type(err).__name__)
    print("仍然是", await fut)

    # set_exception() 就是 TypeScript 的 reject()：await 这个 future 会抛出异常。
    failing = loop.create_future()
    loop.call_later(0.05, failing.set_exception, LookupError("没有答案"))
    try:
        await failing
    except LookupError as err:
        print("捕获:", err)

    # Future 还可以取消，Promise 做不到。
    dropped = loop.create_future()
    dropped.cancel()
    print("取消了吗？", dropped.cancelled())


asyncio.run(main())
