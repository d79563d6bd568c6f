# 三个任务，每个等待约 300 ms，一个接一个地 await。
import asyncio
import time

# 各任务的等待时间相差 20 ms，和旁边的并发示例一样。
TASKS = [("A", 0.30), ("B", 0.32), ("C", 0.34)]


async def task(name: str, delay: float) -> str:
    print(f"{name} 开始")
    await asyncio.sleep(delay)
    print(f"{name} 完成")
    return name


async def main() -> None:
    start = time.perf_counter()
    for name, delay in TASKS:
        await task(name, delay)  # 这个任务结束之后，下一个才会开始
    print(f"顺序: {time.perf_counter() - start:.2f} s")


asyncio.run(main())
