# Python's forEach trap: tasks created in a loop and never awaited; the loop "finishes" before any item is processed.
import asyncio
import time

t0 = time.perf_counter()
processed = []


async def process(item_id):
    await asyncio.sleep(0.2 - item_id * 0.05)  # 150, 100, 50 ms
    processed.append(item_id)
    print(f"  processed {item_id} ({(time.perf_counter() - t0) * 1000:.0f} ms)")


async def main():
    for item_id in [1, 2, 3]:
        asyncio.create_task(process(item_id))  # started, but nobody awaits it or keeps a reference
    print(f"after the loop: {len(processed)} processed ({(time.perf_counter() - t0) * 1000:.0f} ms)")
    # Without this sleep, asyncio.run() would cancel the three tasks as soon as main()
    # returns, and none would be processed. (Node, by contrast, waits for their timers.)
    await asyncio.sleep(0.2)


asyncio.run(main())
