# 映射步骤的每次调用改为等待 100 ms 而不是计算：交给 asyncio.gather 后等待相互重叠，总共约 100 ms。
import asyncio
import time


# 同样的映射步骤，只是每次调用“等待” 100 ms（比如等一个网络回复），
# 而不是计算 100 ms。
async def map_one(chunk):
    print(f"开始 {chunk}")
    await asyncio.sleep(0.1)
    print(f"完成 {chunk}")
    return f"已处理 {chunk}"


async def main():
    chunks = ["chunk1", "chunk2", "chunk3"]
    # 三段等待相互重叠，所以整个步骤只用大约一次调用的时间。
    t0 = time.perf_counter()
    responses = await asyncio.gather(*(map_one(chunk) for chunk in chunks))
    print(f"映射步骤: {(time.perf_counter() - t0) * 1000:.0f} ms")  # 大约 100 ms
    print(responses)


asyncio.run(main())
