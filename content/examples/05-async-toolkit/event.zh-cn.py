# asyncio.Event：第三个任务调用 set() 时，两个等待者一起醒来；来晚的等待者直接通过。
import asyncio
import time

t0 = time.perf_counter()


def since():
    return f"{(time.perf_counter() - t0) * 1000:.0f} ms"


async def waiter(name, event):
    print(f"{name}: 等待事件……")
    await event.wait()
    print(f"{name}: 事件触发了（{since()}）")


async def setter(event):
    await asyncio.sleep(0.3)
    print(f"setter: set()（{since()}）")
    event.set()  # 唤醒每一个等待者


async def main():
    event = asyncio.Event()
    await asyncio.gather(waiter("A", event), waiter("B", event), setter(event))
    print(f"is_set: {event.is_set()}；来晚的等待者直接通过:")
    await waiter("C", event)

    # 一个 50 ms 后放弃的等待者：超时取消了它的 wait()，它也就不再挂在事件上。
    other = asyncio.Event()
    try:
        async with asyncio.timeout(0.05):
            await other.wait()
    except TimeoutError:
        print("D: 50 ms 后放弃了")


asyncio.run(main())
