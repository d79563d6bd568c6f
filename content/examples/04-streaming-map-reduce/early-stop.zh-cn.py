# 在 Python 里，从 `async for` 中 break 什么也不会关闭：finally 要等事件循环回收生成器时才执行；aclosing() 则让它们立刻执行。
import asyncio
import time
from contextlib import aclosing


class AsyncSearch:
    async def _map_one(self, chunk, query):
        await asyncio.sleep(0.2)
        return f"已处理 {chunk}，查询为 '{query}'"

    async def _stream_reduce(self, map_responses):
        try:
            for response in map_responses:
                await asyncio.sleep(0.2)
                yield ("token", f"归约结果: {response}")
        finally:
            print("  reduce: finally（模型的流会在这里关闭）")

    async def stream_search(self, query):
        print("  search: 已开始")
        try:
            chunks = ["chunk1", "chunk2", "chunk3"]
            map_responses = await asyncio.gather(*(self._map_one(chunk, query) for chunk in chunks))
            yield ("context", "初始上下文记录")
            # 用 `async for` 转发，关闭请求不会传给内层生成器；aclosing() 会，
            # 所以内层的 finally 先执行，和 JavaScript 里经由 `yield*` 时一样。
            async with aclosing(self._stream_reduce(map_responses)) as reduce:
                async for record in reduce:
                    yield record
            print("  search: 正常结束")  # 这次运行中不会打印
        finally:
            print("  search: finally（释放连接、停止定时器……）")


async def consume(records, t0):
    async for kind, text in records:
        if kind == "context":
            print(f"{(time.perf_counter() - t0) * 1000:.0f} ms: 上下文: {text}")
            continue
        print(f"{(time.perf_counter() - t0) * 1000:.0f} ms: 答案片段: {text}")
        print("有一段答案就够了：break")
        break


async def main():
    print("--- 直接 break ---")
    t0 = time.perf_counter()
    await consume(AsyncSearch().stream_search("示例查询"), t0)
    print(f"{(time.perf_counter() - t0) * 1000:.0f} ms: 循环之后；还没有任何 finally 执行过")
    # 被丢下的生成器由事件循环的终结钩子在之后的几轮里关闭。
    await asyncio.sleep(0.05)

    print("--- 在 aclosing() 里 break ---")
    t0 = time.perf_counter()
    async with aclosing(AsyncSearch().stream_search("示例查询")) as records:
        await consume(records, t0)
    print(f"{(time.perf_counter() - t0) * 1000:.0f} ms: 循环之后；剩下的两段从未计算")


asyncio.run(main())
