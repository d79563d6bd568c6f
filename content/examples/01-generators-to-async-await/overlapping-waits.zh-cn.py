# 重叠的等待让 I/O 一起更快完成；CPU 计算在 asyncio 里得不到任何好处。
import asyncio
import time


# 模拟 I/O：在等“磁盘”或“网络”的时候，CPU 什么都不做。
async def read(name: str) -> str:
    await asyncio.sleep(0.15)
    return f"{name}: 成功"


# 模拟 CPU 计算：线程一直在忙。
def crunch(seconds: float) -> float:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass  # 忙碌中：这个线程上别的什么都运行不了
    return seconds


def report(label: str, start: float) -> None:
    print(f"{label}: {(time.perf_counter() - start) * 1000:.0f} ms")


async def crunch_async() -> float:
    return crunch(0.06)  # 外表是 async，但它从不 await


async def main() -> None:
    start = time.perf_counter()
    for name in ["a", "b", "c"]:
        await read(name)
    report("I/O，一个接一个", start)

    start = time.perf_counter()
    print(await asyncio.gather(*(read(name) for name in ["a", "b", "c"])))
    report("I/O，等待重叠", start)

    start = time.perf_counter()
    for _ in range(3):
        crunch(0.06)
    report("CPU，一个接一个", start)

    # asyncio.to_thread 也帮不上忙：有 GIL 在，同一时刻只有一个线程能计算。
    start = time.perf_counter()
    await asyncio.gather(*(crunch_async() for _ in range(3)))
    report("CPU，“重叠”", start)


asyncio.run(main())
