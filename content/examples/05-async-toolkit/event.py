# asyncio.Event: two waiters wake together when a third task calls set(); a late waiter passes straight through.
import asyncio
import time

t0 = time.perf_counter()


def since():
    return f"{(time.perf_counter() - t0) * 1000:.0f} ms"


async def waiter(name, event):
    print(f"{name}: waiting for the event...")
    await event.wait()
    print(f"{name}: the event fired ({since()})")


async def setter(event):
    await asyncio.sleep(0.3)
    print(f"setter: set() ({since()})")
    event.set()  # wakes every waiter


async def main():
    event = asyncio.Event()
    await asyncio.gather(waiter("A", event), waiter("B", event), setter(event))
    print(f"is_set: {event.is_set()}; a late waiter passes straight through:")
    await waiter("C", event)

    # A waiter that gives up after 50 ms: the timeout cancels its wait(), which takes it off the event.
    other = asyncio.Event()
    try:
        async with asyncio.timeout(0.05):
            await other.wait()
    except TimeoutError:
        print("D: gave up after 50 ms")


asyncio.run(main())
