# A callback-based socket turned into an async generator with a bounded buffer that drops the oldest message when full.
import asyncio
from collections import deque
from contextlib import aclosing


# A pretend socket with a callback API: it delivers messages on a schedule, the way a server
# pushes them, and cannot be asked to slow down. (Python's websockets library gives you
# `async for message in ws` directly, with a bounded queue that pushes back through TCP;
# this adapter is what you write for a callback API, as in the browser.)
class FakeSocket:
    def __init__(self, schedule):
        loop = asyncio.get_running_loop()
        self.listeners = []
        self.timers = [loop.call_later(at, self.dispatch, messages) for at, messages in schedule]

    def dispatch(self, messages):
        for data in messages:
            for listener in self.listeners:
                listener(data)

    def close(self):
        for timer in self.timers:
            timer.cancel()
        print("  (socket closed)")


# Push (callbacks) -> pull (async for), through a buffer that holds at most `limit` messages.
# When it is full, the oldest message is dropped: a socket offers no way to push back.
async def messages_of(socket, limit):
    buffer = deque(maxlen=limit)  # a full deque drops its oldest item on append
    dropped = 0
    arrived = asyncio.Event()

    def on_message(data):
        nonlocal dropped
        if len(buffer) == limit:
            dropped += 1
        buffer.append(data)
        arrived.set()

    # Note: a generator's body starts at the first anext(), so messages sent
    # before the consumer starts iterating are never seen.
    socket.listeners.append(on_message)
    try:
        while True:
            while buffer:
                yield buffer.popleft()
            arrived.clear()
            await arrived.wait()
    finally:
        # Runs when aclosing() closes the generator after the consumer's break.
        socket.listeners.remove(on_message)
        socket.close()
        print(f"  (unsubscribed; {dropped} messages dropped because the buffer was full)")


async def main():
    socket = FakeSocket(
        [
            (0.02, ["m1"]),
            (0.04, ["m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9"]),  # a burst while we are busy with m1
            (0.3, ["m10"]),
            (0.32, ["m11"]),
        ]
    )
    # aclosing() closes the generator on break; a bare async for would leave the socket open.
    async with aclosing(messages_of(socket, 4)) as messages:
        async for message in messages:
            print(f"received {message}")
            if message == "m10":
                break
            await asyncio.sleep(0.05)  # a slow consumer
    print("done")


asyncio.run(main())
