# 三个异步生成器，每个三步、每步 100 ms，一个接一个地消费：等待时间累加起来，约 900 ms。
import asyncio
import time


# 每个任务都是一个异步生成器：三步，每步等待 100 ms（想象成一次请求）。
async def task(task_id):
    for step in range(3):
        await asyncio.sleep(0.1)
        yield f"任务 {task_id}: 第 {step} 步"


async def consume(task_id):
    async for line in task(task_id):
        print(line)


async def main():
    t0 = time.perf_counter()
    # 一个接一个：任务 1 结束之前，任务 2 不会开始。
    for task_id in [1, 2, 3]:
        await consume(task_id)
    print(f"总计: {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
