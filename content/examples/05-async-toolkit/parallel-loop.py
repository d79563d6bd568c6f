# gather over the five coroutines: the waits overlap, so the total is about one wait (150 ms), with the same results in the same order.
import asyncio
import time


async def fetch_user(user_id):
    await asyncio.sleep(0.15)  # simulated network wait
    return f"User_{user_id}"


async def main():
    t0 = time.perf_counter()
    # A list of coroutines starts nothing by itself; gather turns them into tasks that run together.
    names = await asyncio.gather(*(fetch_user(user_id) for user_id in [1, 2, 3, 4, 5]))
    print(", ".join(names))
    print(f"{(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
