# 把归约步骤写成异步生成器：流式读取时，等一次就能显示第一段；用异步推导式收集时，直到最后才有东西可显示。
import asyncio
import time


# 把归约步骤写成异步生成器：答案的每一段一产生就交给调用方，
# 而不是等到最后才返回整个答案。
async def stream_reduce(map_responses):
    for response in map_responses:
        await asyncio.sleep(0.2)  # 假装模型每一段都要想一会儿
        yield f"归约结果: {response}"


async def main():
    map_responses = [
        "已处理 chunk1，查询为 '示例查询'",
        "已处理 chunk2，查询为 '示例查询'",
        "已处理 chunk3，查询为 '示例查询'",
    ]

    # 流式读取：消费者只等一次延迟，就能显示第一段。
    print("--- 流式读取 ---")
    t0 = time.perf_counter()
    async for token in stream_reduce(map_responses):
        print(f"{(time.perf_counter() - t0) * 1000:.0f} ms: {token}")

    # 先全部收集（异步推导式，相当于 JavaScript 的 Array.fromAsync）：直到最后才有东西可显示。
    print("--- 一次性收集 ---")
    t0 = time.perf_counter()
    everything = [token async for token in stream_reduce(map_responses)]
    print(f"{(time.perf_counter() - t0) * 1000:.0f} ms: 一次拿到全部 {len(everything)} 段")


asyncio.run(main())
