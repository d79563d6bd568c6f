# 在循环里 await：上一个请求结束后，下一个才开始，所以五段 150 ms 的等待是累加的。
import asyncio
import time


async def fetch_user(user_id):
    await asyncio.sleep(0.15)  # 模拟网络等待
    return f"User_{user_id}"


async def main():
    t0 = time.perf_counter()
    names = []
    for user_id in [1, 2, 3, 4, 5]:
        names.append(await fetch_user(user_id))
    print(", ".join(names))
    print(f"{(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
