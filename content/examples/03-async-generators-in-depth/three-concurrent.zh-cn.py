# 同样的三个任务交给 asyncio.gather：它们各自 100 ms 的等待相互重叠，整个运行约 300 ms。
import asyncio
import time


# 和顺序版本里一样的三个任务。
async def task(task_id):
    for step in range(3):
        await asyncio.sleep(0.1)
        yield f"任务 {task_id}: 第 {step} 步"


async def consume(task_id):
    async for line in task(task_id):
        print(line)


async def main():
    t0 = time.perf_counter()
    # 三个一起来：gather 把每个协程包成任务，再等它们全部完成。
    # 和 JavaScript 的 map() 不同，单写 consume(1) 什么也不会启动：启动它们的是 gather。
    await asyncio.gather(*(consume(task_id) for task_id in [1, 2, 3]))
    print(f"总计: {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
