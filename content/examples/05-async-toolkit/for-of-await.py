# Two correct ways: a for loop with await (one at a time, in order), or gather (all at once, results still in input order).
import asyncio
import time

t0 = time.perf_counter()


def since():
    return f"{(time.perf_counter() - t0) * 1000:.0f} ms"


async def process_item(item_id):
    await asyncio.sleep(0.2 - item_id * 0.05)  # 150, 100, 50 ms
    print(f"  processed {item_id} ({since()})")
    return item_id


async def main():
    global t0
    for item_id in [1, 2, 3]:
        await process_item(item_id)
    print(f"after the for loop: all processed ({since()})")

    t0 = time.perf_counter()
    ids = await asyncio.gather(*(process_item(item_id) for item_id in [1, 2, 3]))
    print(f"after gather: {ids} ({since()})")


asyncio.run(main())
