# 单线程上的更新丢失，以及 asyncio.Lock：Python 自带它，JavaScript 则要你自己写。
import asyncio

counter = {}


async def unsafe_increment(key):
    current = counter.get(key, 0)
    await asyncio.sleep(0.01)  # 在读和写之间，模拟一段异步工作
    counter[key] = current + 1


lock = asyncio.Lock()


async def safe_increment(key):
    async with lock:  # 同一时刻只有一个持有者；即使块内抛出异常也会释放
        await unsafe_increment(key)


async def hold_for(seconds):
    async with lock:
        await asyncio.sleep(seconds)


async def main():
    await asyncio.gather(*(unsafe_increment("unsafe") for _ in range(10)))
    await asyncio.gather(*(safe_increment("safe") for _ in range(10)))
    print(f"不加锁自增 10 次: {counter['unsafe']}")
    print(f"加锁自增 10 次: {counter['safe']}")

    # 锁被占用时，一个调用方在 30 ms 后放弃：它的代码块永远不会运行。
    holder = asyncio.create_task(hold_for(0.1))
    await asyncio.sleep(0)  # create_task 只是安排任务：先让持有者拿到锁
    try:
        async with asyncio.timeout(0.03):  # 超时会取消 acquire()，它随之离开队伍
            async with lock:
                print("永远不会打印")
    except TimeoutError:
        print("等待者: 30 ms 后放弃了")
    await holder


asyncio.run(main())
