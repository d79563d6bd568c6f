# 把基于回调的套接字变成异步生成器，中间的有界缓冲区满了就丢弃最旧的消息。
import asyncio
from collections import deque
from contextlib import aclosing


# 一个回调式接口的假想套接字：它按时间表投递消息，就像服务器推送消息那样，
# 而且没法让它放慢速度。（Python 的 websockets 库直接提供 `async for message in ws`，
# 内部是一个有界队列，会通过 TCP 施加背压；面对回调式接口，就得自己写这样的适配器，
# 浏览器里也是如此。）
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
        print("  （套接字已关闭）")


# 推（回调）-> 拉（`async for`），中间隔着一个最多容纳 `limit` 条消息的缓冲区。
# 缓冲区满时丢弃最旧的消息：套接字没有提供任何施加背压的手段。
async def messages_of(socket, limit):
    buffer = deque(maxlen=limit)  # 满了的 deque 在 append 时会丢掉最旧的一项
    dropped = 0
    arrived = asyncio.Event()

    def on_message(data):
        nonlocal dropped
        if len(buffer) == limit:
            dropped += 1
        buffer.append(data)
        arrived.set()

    # 注意：生成器的函数体在第一次 anext() 时才开始，所以
    # 消费者开始迭代之前发来的消息永远看不到。
    socket.listeners.append(on_message)
    try:
        while True:
            while buffer:
                yield buffer.popleft()
            arrived.clear()
            await arrived.wait()
    finally:
        # 消费者 break 之后，aclosing() 关闭生成器时执行。
        socket.listeners.remove(on_message)
        socket.close()
        print(f"  （已取消订阅；缓冲区满，丢弃了 {dropped} 条消息）")


async def main():
    socket = FakeSocket(
        [
            (0.02, ["m1"]),
            (0.04, ["m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9"]),  # 我们还在忙着处理 m1 时来了一阵突发
            (0.3, ["m10"]),
            (0.32, ["m11"]),
        ]
    )
    # aclosing() 在 break 时关闭生成器；光用 `async for`，套接字会一直开着。
    async with aclosing(messages_of(socket, 4)) as messages:
        async for message in messages:
            print(f"收到 {message}")
            if message == "m10":
                break
            await asyncio.sleep(0.05)  # 一个慢吞吞的消费者
    print("完成")


asyncio.run(main())
