# 交给 asyncio.gather 的映射步骤：所有调用一起开始，按快慢先后完成，整步耗时是最慢的那个，约 300 ms。
import asyncio
import time

# 映射步骤：每个文本块一次模拟的模型调用。每次调用主要是在“等待”。
latency = {"chunk1": 0.3, "chunk2": 0.1, "chunk3": 0.2}


async def map_one(chunk, query):
    print(f"开始 {chunk}")
    await asyncio.sleep(latency.get(chunk, 0.1))
    print(f"完成 {chunk}")
    return f"已处理 {chunk}，查询为 '{query}'"


async def main():
    chunks = ["chunk1", "chunk2", "chunk3"]

    # 并发：gather 把每个协程包成任务，一起启动，再等它们全部完成。
    t0 = time.perf_counter()
    responses = await asyncio.gather(*(map_one(chunk, "示例查询") for chunk in chunks))
    print(f"映射步骤: {(time.perf_counter() - t0) * 1000:.0f} ms")  # 大约 max(300, 100, 200) = 300 ms
    # 完成的顺序是乱的（2、3、1），但结果保持输入的顺序：
    print(responses)


asyncio.run(main())
