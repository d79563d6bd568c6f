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
        print(f"processed {item} at {(time.perf_counter() - t0) * 1000:.0f} ms")


async def main():
    beat = asyncio.create_task(heartbeat())
    t0 = time.perf_counter()
    process_data(fetch_data(), t0)
    print(f"total: {(time.perf_counter() - t0) * 1000:.0f} ms")
    print(f"heartbeat: {'0 ticks (the event loop was frozen)' if ticks == 0 else 'ticked'}")
    beat.cancel()


asyncio.run(main())
