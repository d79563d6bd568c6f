# asyncio 能停下正在进行的等待：timeout() 和 cancel() 会在 await 处抛出 CancelledError。
import asyncio
import time


def since(start: float) -> str:
    return f"{(time.perf_counter() - start) * 1000:.0f} ms"


async def ticks():
    try:
        i = 0
        while True:
            await asyncio.sleep(1)  # 取消就落在这里，正在等待的中途
            yield i
            i += 1
    finally:
        print("ticks: finally 执行了")


async def consume() -> None:
    async for tick in ticks():
        print(tick)


async def main() -> None:
    start = time.perf_counter()
    # 1. asyncio.timeout：不用往下传信号，事件循环直接往挂起的 await 里抛异常。
    try:
        async with asyncio.timeout(0.1):
            await consume()
    except TimeoutError:
        print(f"提前停止: TimeoutError（{since(start)}，而不是 1000）")

    # 2. task.cancel() 从任务外部做同样的事。
    task = asyncio.create_task(consume())
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print(f"任务在等待的中途被取消了（到目前为止 {since(start)}）")
    print(f"{since(start)} 后结束")


asyncio.run(main())
