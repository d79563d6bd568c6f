# asyncio.Queue(maxsize=2): one producer, three consumers, a poison pill to stop them, and a get() that gives up.
import asyncio
import time

t0 = time.perf_counter()


def since():
    return f"{(time.perf_counter() - t0) * 1000:.0f} ms"


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)  # waits while the queue already holds 2 items
        print(f"produced {i} ({since()})")
    await queue.put(None)  # poison pill: "no more work"
    print(f"producer done ({since()})")


# Each consumer needs 100 ms per item, and they start 30 ms apart. (Started together,
# they would take strict turns, but their timers would fall due at once, and in the
# browser the producer may then slip in between them: the lines would change order.)
async def consumer(queue, name, start):
    await asyncio.sleep(start)
    while True:
        item = await queue.get()
        if item is None:
            await queue.put(None)  # pass the pill on to the next consumer
            print(f"  [{name}] stops")
            return
        print(f"  [{name}] consumes {item}")
        await asyncio.sleep(0.1)  # simulated processing


async def main():
    queue = asyncio.Queue(maxsize=2)
    consumers = [
        asyncio.create_task(consumer(queue, name, start))
        for name, start in [("C0", 0), ("C1", 0.03), ("C2", 0.06)]
    ]
    await producer(queue, 9)
    await asyncio.gather(*consumers)
    print(f"all done ({since()})")

    # A get() that gives up after 50 ms: wait_for() cancels it, and a cancelled get()
    # leaves the line, so the next item is not lost.
    inbox = asyncio.Queue()
    try:
        await asyncio.wait_for(inbox.get(), timeout=0.05)
    except TimeoutError:
        print("get: nothing came within 50 ms")
    await inbox.put("late item")
    print(f"the next get() receives the {await inbox.get()}")


    # maxsize=0, the default, means no limit: five put()s in a row return without a get().
    unbounded = asyncio.Queue(0)
    for i in range(5):
        await unbounded.put(i)
    drained = [unbounded.get_nowait() for _ in range(5)]
    print(f"Queue(0) held all five: {', '.join(map(str, drained))}")


asyncio.run(main())
