# 交给 gather 的 CPU 密集步骤：仍然约 900 ms，而且和 JavaScript 不同，输出的行根本不会交错。
import asyncio
import time


# 一个忙循环：100 ms 实打实的计算，而不是等待。
def compute(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass  # 假装在算数


# 形状和之前一样，只是每一步都在计算，而不是等待。
async def task(task_id):
    for step in range(3):
        compute(0.1)
        yield f"任务 {task_id}: 第 {step} 步"


async def consume(task_id):
    # 在 JavaScript 里，`for await` 的每一步都在微任务里恢复，所以三个消费者轮流执行。
    # asyncio 的任务只在真正挂起的 await 处让出控制，而这个生成器从不挂起：
    # 每个消费者一口气跑完自己的所有步骤。
    async for line in task(task_id):
        print(line)


async def main():
    t0 = time.perf_counter()
    # 还是 gather，但没有什么可以重叠的：所有的活都由一个线程来干。
    await asyncio.gather(*(consume(task_id) for task_id in [1, 2, 3]))
    print(f"总计: {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
