# 映射步骤里的“繁重计算”，一个文本块接一个：每块 100 ms 的 CPU 工作，约 300 ms。
import asyncio
import time


# 映射步骤里的“繁重计算”：每个文本块 100 ms 实打实的 CPU 工作。
def busy_work(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass  # 让 CPU 忙着：在此期间，这个线程上什么别的都运行不了


async def map_one(chunk):
    print(f"开始 {chunk}")
    busy_work(0.1)
    print(f"完成 {chunk}")
    return f"已处理 {chunk}"


async def main():
    chunks = ["chunk1", "chunk2", "chunk3"]
    t0 = time.perf_counter()
    responses = []
    for chunk in chunks:
        responses.append(await map_one(chunk))
    print(f"映射步骤: {(time.perf_counter() - t0) * 1000:.0f} ms")  # 大约 3 x 100 = 300 ms
    print(responses)


asyncio.run(main())
