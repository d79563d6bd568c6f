# Blocking calls in a coroutine: time.sleep() holds the thread, so the event loop (and its heartbeat) is frozen for the whole run.
import asyncio
import time

# A heartbeat: a task that should tick every 20 ms if the event loop is free.
ticks = 0


async def heartbeat():
    global ticks
    while True:
        await asyncio.sleep(0.02)
        ticks += 1


# Fetch all five items first (5 x 50 ms)...
def fetch_data():
    data = []
    for i in range(5):
        time.sleep(0.05)  # blocks the thread: no task, no timer, no callback runs meanwhile
        data.append(f"item {i}")
    return data


# ...then process all five (5 x 25 ms).
def process_data(data, t0):
    for item in data:
        time.sleep(0.025)
        print(f"[{(time.perf_counter() - t0) * 1000:.0f} ms] processed {item}")


async def main():
    beat = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)  # create_task only schedules: let the heartbeat start and set its first timer
    t0 = time.perf_counter()
    process_data(fetch_data(), t0)
    print(f"total: {(time.perf_counter() - t0) * 1000:.0f} ms")
    # Give the heartbeat its turn before counting: read right away, the count would be 0 whatever
    # happened. sleep(0) would not do, since it sets no timer and the overdue heartbeat still waits
    # behind this task; any positive delay lets it in. The ticks it missed are not made up.
    await asyncio.sleep(0.001)
    beat.cancel()
    frozen = "under 3 ticks, where a free event loop gets about 19 (it was frozen)"
    print(f"heartbeat: {frozen if ticks < 3 else f'{ticks} ticks'}")


asyncio.run(main())
