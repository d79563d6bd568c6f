# A lost update on one thread, and asyncio.Lock, which Python ships and JavaScript leaves you to write.
import asyncio

counter = {}


async def unsafe_increment(key):
    current = counter.get(key, 0)
    await asyncio.sleep(0.01)  # simulated async work between the read and the write
    counter[key] = current + 1


lock = asyncio.Lock()


async def safe_increment(key):
    async with lock:  # only one holder at a time; released even if the body raises
        await unsafe_increment(key)


async def hold_for(seconds):
    async with lock:
        await asyncio.sleep(seconds)


async def main():
    await asyncio.gather(*(unsafe_increment("unsafe") for _ in range(10)))
    await asyncio.gather(*(safe_increment("safe") for _ in range(10)))
    print(f"10 increments without a lock: {counter['unsafe']}")
    print(f"10 increments with the lock:  {counter['safe']}")

    # A caller that gives up after 30 ms while the lock is held: its body never runs.
    holder = asyncio.create_task(hold_for(0.1))
    await asyncio.sleep(0)  # create_task only schedules: let the holder take the lock first
    try:
        async with asyncio.timeout(0.03):  # the timeout cancels acquire(), which leaves the line
            async with lock:
                print("never printed")
    except TimeoutError:
        print("waiter: gave up after 30 ms")
    await holder


asyncio.run(main())
