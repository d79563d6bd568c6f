# 对五个协程用 gather：等待相互重叠，所以总耗时大约是一次等待（150 ms），结果相同，顺序也相同。
import asyncio
import time


async def fetch_user(user_id):
    await asyncio.sleep(0.15)  # 模拟网络等待
    return f"User_{user_id}"


async def main():
    t0 = time.perf_counter()
    # 一列协程自己什么也不会启动；是 gather 把它们变成一起运行的任务。
    names = await asyncio.gather(*(fetch_user(user_id) for user_id in [1, 2, 3, 4, 5]))
    print(", ".join(names))
    print(f"{(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
