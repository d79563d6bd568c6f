# asyncio 的 Future：创建时是空的，由另一个任务用 set_result() 设置，可以用 done() 读取状态，而且只能设置一次。
import asyncio
import time


async def set_result(future):
    await asyncio.sleep(0.3)
    print("setter: set_result(42)")
    future.set_result(42)
    try:
        future.set_result(7)  # future 只能敲定一次（JavaScript 会忽略第二次 resolve）
    except asyncio.InvalidStateError as error:
        print(f"setter: set_result(7) 抛出了 {type(error).__name__}")


async def main():
    future = asyncio.get_running_loop().create_future()
    t0 = time.perf_counter()
    setter = asyncio.create_task(set_result(future))
    print(f"main: 等待这个 future……完成了吗？{future.done()}")
    result = await future
    print(f"main: 结果 {result}，用时 {(time.perf_counter() - t0) * 1000:.0f} ms；完成了吗？{future.done()}")
    await setter


asyncio.run(main())
