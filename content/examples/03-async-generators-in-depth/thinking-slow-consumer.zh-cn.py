# 同一个生成器，换成每步还要干 30 ms 活的消费者：两段等待相加，步骤间隔约 80 ms。
import asyncio
import time


# 同一个生成器：先交付一个步骤，再等 50 ms 才给下一个。
async def simulate_thinking():
    steps = [
        "正在理解问题……",
        "正在检索知识库……",
        "正在分析上下文……",
        "正在规划答案……",
        "正在写出答案……",
    ]
    for step in steps:
        yield step
        await asyncio.sleep(0.05)


async def main():
    t0 = time.perf_counter()
    # 这个消费者每一步还要干 30 ms 的活。在此期间生成器停在 yield 处，
    # 直到被要下一步时，才开始它那 50 ms 的等待。
    async for step in simulate_thinking():
        print(f"[{(time.perf_counter() - t0) * 1000:.0f} ms] {step}")
        await asyncio.sleep(0.03)
    print(f"总计: {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
