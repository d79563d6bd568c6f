# 在 Python 里取消搜索：不需要层层传递信号，task.cancel() 会在正在等待的那个 await 处抛出 CancelledError。
import asyncio
import time


class AsyncSearch:
    async def _map_one(self, chunk, query):
        await asyncio.sleep(0.3)  # 真实的调用会是一个 aiohttp 请求：它也以同样的方式被取消
        return f"已处理 {chunk}，查询为 '{query}'"

    async def _stream_reduce(self, map_responses):
        for response in map_responses:
            await asyncio.sleep(0.3)
            yield ("token", f"归约结果: {response}")

    async def stream_search(self, query):
        try:
            chunks = ["chunk1", "chunk2", "chunk3"]
            # 如果这个任务在这里被取消，gather 也会取消全部三个调用。
            map_responses = await asyncio.gather(*(self._map_one(chunk, query) for chunk in chunks))
            yield ("context", "初始上下文记录")
            async for record in self._stream_reduce(map_responses):
                yield record
        finally:
            print("  search: finally")


async def consume(t0):
    async for kind, text in AsyncSearch().stream_search("示例查询"):
        print(f"{(time.perf_counter() - t0) * 1000:.0f} ms: {text}")
    print(f"{(time.perf_counter() - t0) * 1000:.0f} ms: 搜索完成")


async def run(stop_after):
    t0 = time.perf_counter()
    consumer = asyncio.create_task(consume(t0))
    # 代替一个“停止”按钮：用户在 `stop_after` 秒之后按下它。
    stop_button = asyncio.get_running_loop().call_later(stop_after, consumer.cancel)
    try:
        await consumer
    except asyncio.CancelledError:
        print(f"{(time.perf_counter() - t0) * 1000:.0f} ms: 已被用户取消")
    finally:
        stop_button.cancel()  # 如果搜索先完成了，也不留下定时器


async def main():
    print("--- 在映射步骤中按下停止（100 ms 时）---")
    await run(0.1)
    print("--- 在归约步骤中按下停止（450 ms 时）---")
    await run(0.45)


asyncio.run(main())
