# An await inside the loop: each request starts only when the previous one has finished, so the five 150 ms waits add up.
import asyncio
import time


async def fetch_user(user_id):
    await asyncio.sleep(0.15)  # simulated network wait
    return f"User_{user_id}"


async def main():
    t0 = time.perf_counter()
    names = []
    for user_id in [1, 2, 3, 4, 5]:
        names.append(await fetch_user(user_id))
    print(", ".join(names))
    print(f"{(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
