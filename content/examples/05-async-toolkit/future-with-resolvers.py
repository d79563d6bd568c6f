# An asyncio Future: created empty, set by another task with set_result(), readable with done(), and settable only once.
import asyncio
import time


async def set_result(future):
    await asyncio.sleep(0.3)
    print("setter: set_result(42)")
    future.set_result(42)
    try:
        future.set_result(7)  # a future is settled only once (JavaScript ignores a second resolve)
    except asyncio.InvalidStateError as error:
        print(f"setter: set_result(7) raised {type(error).__name__}")


async def main():
    future = asyncio.get_running_loop().create_future()
    t0 = time.perf_counter()
    setter = asyncio.create_task(set_result(future))
    print(f"main: waiting for the future... done? {future.done()}")
    result = await future
    print(f"main: result {result} after {(time.perf_counter() - t0) * 1000:.0f} ms; done? {future.done()}")
    await setter


asyncio.run(main())
