# 同样的三个任务，用 asyncio.gather 一起启动，再作为一组 await。
import asyncio
import time

# 各任务的等待时间相差 20 ms，这样每次运行结束的顺序都一样：
# 在浏览器里，同一时刻到期的定时器可能以任意顺序触发。
TASKS = [("A", 0.30), ("B", 0.32), ("C", 0.34)]


async def task(name: str, delay: float) -> str:
    print(f"{name} 开始")
    await asyncio.sleep(delay)
    print(f"{name} 完成")
    return name


async def main() -> None:
    start = time.perf_counter()
    results = await asyncio.gather(*(task(name, delay) for name, delay in TASKS))  # 等待互相重叠
    print(f"并发: {time.perf_counter() - start:.2f} s")
    print(results)  # 按参数的顺序排列，而不是按结束的顺序


asyncio.run(main())
