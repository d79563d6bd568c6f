# 映射步骤一次调用接一次调用：每个文本块都等前一个，整步耗时是总和，约 600 ms。
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

    # 依次执行：上一次调用结束之后，下一次才开始。
    t0 = time.perf_counter()
    responses = []
    for chunk in chunks:
        responses.append(await map_one(chunk, "示例查询"))
    print(f"映射步骤: {(time.perf_counter() - t0) * 1000:.0f} ms")  # 大约 300 + 100 + 200 = 600 ms
    print(responses)


asyncio.run(main())
