# 一个先产出步骤、再等 50 ms 的异步生成器；只负责打印的消费者看到的步骤间隔约 50 ms。
import asyncio
import time


# 先交付一个步骤，再等 50 ms 才给下一个。
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
    # 这个消费者只负责打印，所以节奏完全由生成器的 50 ms 决定。
    async for step in simulate_thinking():
        print(f"[{(time.perf_counter() - t0) * 1000:.0f} ms] {step}")
    print(f"总计: {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
