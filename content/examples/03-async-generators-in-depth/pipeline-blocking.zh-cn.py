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
        print(f"[{(time.perf_counter() - t0) * 1000:.0f} ms] 处理完{item}")


async def main():
    beat = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)  # create_task 只负责调度：先让心跳启动，设好它的第一个定时器
    t0 = time.perf_counter()
    process_data(fetch_data(), t0)
    print(f"总计: {(time.perf_counter() - t0) * 1000:.0f} ms")
    # 计数之前先让心跳运行一次：要是马上就读，不管发生了什么，读到的都是 0。
    # 用 sleep(0) 不行，它不设定时器，过期的心跳仍然排在这个任务后面；
    # 只要延迟大于零，心跳就能先运行。错过的心跳不会补上。
    await asyncio.sleep(0.001)
    beat.cancel()
    frozen = "不到 3 次，而空闲的事件循环会跳 19 次左右（它被冻住了）"
    print(f"心跳: {frozen if ticks < 3 else f'{ticks} 次'}")


asyncio.run(main())
