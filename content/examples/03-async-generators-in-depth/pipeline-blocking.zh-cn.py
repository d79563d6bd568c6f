# 协程里的阻塞调用：time.sleep() 占住线程，整个运行期间事件循环（连同它的心跳）都被冻住。
import asyncio
import time

# 心跳：只要事件循环空闲，这个任务就应该每 20 ms 跳一次。
ticks = 0


async def heartbeat():
    global ticks
    while True:
        await asyncio.sleep(0.02)
        ticks += 1


# 先把五项全部取回来（5 x 50 ms）……
def fetch_data():
    data = []
    for i in range(5):
        time.sleep(0.05)  # 阻塞线程：这期间没有任务、定时器或回调能运行
        data.append(f"第 {i} 项")
    return data


# ……再把五项全部处理完（5 x 25 ms）。
def process_data(data, t0):
    for item in data:
        time.sleep(0.025)
        print(f"处理完{item}，于 {(time.perf_counter() - t0) * 1000:.0f} ms")


async def main():
    beat = asyncio.create_task(heartbeat())
    t0 = time.perf_counter()
    process_data(fetch_data(), t0)
    print(f"总计: {(time.perf_counter() - t0) * 1000:.0f} ms")
    print(f"心跳: {'0 次（事件循环被冻住了）' if ticks == 0 else '跳动过'}")
    beat.cancel()


asyncio.run(main())
