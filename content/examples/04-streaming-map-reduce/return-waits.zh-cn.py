# anext() 还在等待时调用 aclose()：JavaScript 会把 return() 排队，asyncio 则拒绝；取消运行 anext() 的任务，等待立刻停止。
import asyncio
import time

t0 = time.perf_counter()


def ms():
    return f"{(time.perf_counter() - t0) * 1000:.0f} ms"


async def map_one(chunk, query):
    await asyncio.sleep(0.3)
    return f"已处理 {chunk}，查询为 '{query}'"


async def stream_search(query):
    try:
        chunks = ["chunk1", "chunk2", "chunk3"]
        # 映射步骤：300 ms 的等待。
        map_responses = await asyncio.gather(*(map_one(chunk, query) for chunk in chunks))
        yield ("context", "初始上下文记录")
        for response in map_responses:
            await asyncio.sleep(0.3)
            yield ("token", f"归约结果: {response}")
    finally:
        print(f"{ms()}: search: finally")


async def main():
    search = stream_search("示例查询")
    first = asyncio.create_task(anext(search))  # 启动映射步骤
    await asyncio.sleep(0.05)

    print(f"{ms()}: 用户放弃了，调用 aclose()")
    try:
        await search.aclose()  # JavaScript 会把它排在尚未完成的 next() 后面
    except RuntimeError as error:
        print(f"{ms()}: aclose() 被拒绝: {error}")

    # asyncio 的办法是：取消那个正在生成器里等待的任务。
    # CancelledError 会在那个 await 处抛出，所以 finally 现在就执行，而不是等到 300 ms。
    first.cancel()
    try:
        await first
    except asyncio.CancelledError:
        print(f"{ms()}: anext() 被取消了；映射步骤始终没有完成")


asyncio.run(main())
