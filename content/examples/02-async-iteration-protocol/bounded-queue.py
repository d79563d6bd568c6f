# asyncio.Queue(maxsize=2) is a bounded queue: put() waits while it is full, and that wait is the backpressure.
import asyncio

DONE = None  # put after the last item: "no more items"


async def produce(queue: asyncio.Queue, count: int) -> None:
    for i in range(1, count + 1):
        try:
            await queue.put(i)  # waits while the queue is full
        except asyncio.CancelledError:
            print(f"producer: cancelled while waiting to put {i}, the consumer has gone")
            raise
        print(f"producer: {i} accepted (buffer {queue.qsize()}/{queue.maxsize})")
    await queue.put(DONE)
    print("producer: done, end marker queued")


# An async generator over the queue, so that the consumer can use async for.
async def items(queue: asyncio.Queue):
    while (item := await queue.get()) is not DONE:
        yield item


async def main() -> None:
    queue = asyncio.Queue(maxsize=2)
    producer = asyncio.create_task(produce(queue, 5))
    await asyncio.sleep(0.05)  # the consumer starts late: the producer fills the queue and waits
    async for item in items(queue):
        print(f"consumer: got {item}")
        await asyncio.sleep(0.1)  # a slow consumer
    await producer
    print("all 5 items delivered in order")

    print("--- the consumer stops after 2 items ---")
    early = asyncio.Queue(maxsize=2)
    stopped = asyncio.create_task(produce(early, 5))
    async for item in items(early):
        print(f"consumer: got {item}")
        if item == 2:
            break
    # The queue does not know that its consumer left (3.13 adds Queue.shutdown() for that);
    # a producer waiting in put() would wait forever, so cancel it.
    stopped.cancel()
    await asyncio.wait([stopped])
    print("nothing is left waiting")


asyncio.run(main())
